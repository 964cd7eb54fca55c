-- The landscape's record: networks, organisations, people, funding, events, knowledge, history.
-- One script for PostgreSQL and for H2 in PostgreSQL mode.

create sequence landscape_seq start with 50 increment by 50;
create sequence audit_seq start with 50 increment by 50;

create table sector (
  id bigint not null,
  version bigint not null,
  code varchar(40) not null,
  name varchar(100) not null,
  constraint pk_sector primary key (id),
  constraint uq_sector_code unique (code)
);

create table theme (
  id bigint not null,
  version bigint not null,
  code varchar(40) not null,
  name varchar(100) not null,
  constraint pk_theme primary key (id),
  constraint uq_theme_code unique (code)
);

create table organisation (
  id bigint not null,
  version bigint not null,
  name varchar(200) not null,
  type varchar(40) not null,
  website varchar(300),
  area_code varchar(9),
  description varchar(4000),
  constraint pk_organisation primary key (id)
);
create index ix_organisation_name on organisation (name);
create index ix_organisation_type on organisation (type);
create index ix_organisation_area on organisation (area_code);

create table organisation_identifier (
  organisation_id bigint not null,
  org_id varchar(80) not null,
  constraint pk_organisation_identifier primary key (organisation_id, org_id),
  constraint fk_organisation_identifier_organisation foreign key (organisation_id) references organisation (id) on delete cascade,
  constraint uq_organisation_identifier unique (org_id)
);

create table organisation_role (
  organisation_id bigint not null,
  role varchar(40) not null,
  constraint pk_organisation_role primary key (organisation_id, role),
  constraint fk_organisation_role_organisation foreign key (organisation_id) references organisation (id) on delete cascade
);
create index ix_organisation_role_role on organisation_role (role);

create table person (
  id bigint not null,
  version bigint not null,
  name varchar(200) not null,
  email varchar(254),
  organisation_id bigint,
  job_role varchar(200),
  lawful_basis varchar(30) not null,
  lawful_basis_source varchar(300) not null,
  lawful_basis_recorded_on date not null,
  anonymised boolean not null default false,
  anonymised_on date,
  constraint pk_person primary key (id),
  constraint fk_person_organisation foreign key (organisation_id) references organisation (id)
);
create index ix_person_name on person (name);
create index ix_person_organisation on person (organisation_id);

create table network (
  id bigint not null,
  version bigint not null,
  name varchar(200) not null,
  scope varchar(20) not null,
  host_organisation_id bigint,
  status varchar(20) not null,
  founded_on date,
  closed_on date,
  closure_reason varchar(2000),
  successor_id bigint,
  membership_estimate integer,
  description varchar(8000),
  website varchar(300),
  contact_person_id bigint,
  constraint pk_network primary key (id),
  constraint fk_network_host foreign key (host_organisation_id) references organisation (id),
  constraint fk_network_successor foreign key (successor_id) references network (id),
  constraint fk_network_contact foreign key (contact_person_id) references person (id),
  constraint ck_network_membership check (membership_estimate is null or membership_estimate >= 0)
);
create index ix_network_name on network (name);
create index ix_network_status on network (status);
create index ix_network_scope on network (scope);
create index ix_network_host on network (host_organisation_id);

create table network_area (
  network_id bigint not null,
  area_code varchar(9) not null,
  constraint pk_network_area primary key (network_id, area_code),
  constraint fk_network_area_network foreign key (network_id) references network (id) on delete cascade
);
create index ix_network_area_code on network_area (area_code);

create table network_sector (
  network_id bigint not null,
  sector_id bigint not null,
  constraint pk_network_sector primary key (network_id, sector_id),
  constraint fk_network_sector_network foreign key (network_id) references network (id) on delete cascade,
  constraint fk_network_sector_sector foreign key (sector_id) references sector (id)
);
create index ix_network_sector_sector on network_sector (sector_id);

create table network_relation (
  id bigint not null,
  from_network_id bigint not null,
  to_network_id bigint not null,
  type varchar(20) not null,
  constraint pk_network_relation primary key (id),
  constraint fk_network_relation_from foreign key (from_network_id) references network (id) on delete cascade,
  constraint fk_network_relation_to foreign key (to_network_id) references network (id) on delete cascade,
  constraint uq_network_relation unique (from_network_id, to_network_id, type)
);
create index ix_network_relation_to on network_relation (to_network_id);

create table grant_programme (
  id bigint not null,
  version bigint not null,
  title varchar(200) not null,
  code varchar(60),
  funder_id bigint not null,
  description varchar(4000),
  constraint pk_grant_programme primary key (id),
  constraint fk_grant_programme_funder foreign key (funder_id) references organisation (id)
);

create table funding_grant (
  id bigint not null,
  version bigint not null,
  identifier varchar(120) not null,
  title varchar(300) not null,
  description varchar(8000) not null,
  currency varchar(3) not null,
  amount_applied_for numeric(15, 2),
  amount_awarded numeric(15, 2),
  amount_disbursed numeric(15, 2),
  award_date date,
  planned_start date,
  planned_end date,
  status varchar(20) not null,
  covid_impact varchar(2000),
  funder_id bigint not null,
  programme_id bigint,
  recipient_network_id bigint,
  recipient_organisation_id bigint,
  direction varchar(10) not null,
  constraint pk_funding_grant primary key (id),
  constraint uq_funding_grant_identifier unique (identifier),
  constraint fk_funding_grant_funder foreign key (funder_id) references organisation (id),
  constraint fk_funding_grant_programme foreign key (programme_id) references grant_programme (id),
  constraint fk_funding_grant_network foreign key (recipient_network_id) references network (id),
  constraint fk_funding_grant_organisation foreign key (recipient_organisation_id) references organisation (id),
  constraint ck_funding_grant_amounts check (
    (amount_applied_for is null or amount_applied_for >= 0)
    and (amount_awarded is null or amount_awarded >= 0)
    and (amount_disbursed is null or amount_disbursed >= 0))
);
create index ix_funding_grant_status on funding_grant (status);
create index ix_funding_grant_funder on funding_grant (funder_id);
create index ix_funding_grant_network on funding_grant (recipient_network_id);
create index ix_funding_grant_organisation on funding_grant (recipient_organisation_id);
create index ix_funding_grant_award_date on funding_grant (award_date);

create table grant_beneficiary_area (
  grant_id bigint not null,
  area_code varchar(9) not null,
  constraint pk_grant_beneficiary_area primary key (grant_id, area_code),
  constraint fk_grant_beneficiary_area_grant foreign key (grant_id) references funding_grant (id) on delete cascade
);
create index ix_grant_beneficiary_area_code on grant_beneficiary_area (area_code);

create table event (
  id bigint not null,
  version bigint not null,
  title varchar(300) not null,
  type varchar(20) not null,
  starts_at timestamp not null,
  ends_at timestamp,
  online boolean not null default false,
  venue varchar(300),
  convenor_id bigint,
  outcomes varchar(8000),
  follow_ups varchar(8000),
  recording_url varchar(500),
  follows_on_id bigint,
  description varchar(8000),
  constraint pk_event primary key (id),
  constraint fk_event_convenor foreign key (convenor_id) references organisation (id),
  constraint fk_event_follows_on foreign key (follows_on_id) references event (id)
);
create index ix_event_starts_at on event (starts_at);
create index ix_event_type on event (type);

create table event_participation (
  id bigint not null,
  event_id bigint not null,
  person_id bigint not null,
  role varchar(20) not null,
  organisation_id bigint,
  constraint pk_event_participation primary key (id),
  constraint fk_event_participation_event foreign key (event_id) references event (id) on delete cascade,
  constraint fk_event_participation_person foreign key (person_id) references person (id),
  constraint fk_event_participation_organisation foreign key (organisation_id) references organisation (id)
);
create index ix_event_participation_event on event_participation (event_id);
create index ix_event_participation_person on event_participation (person_id);

create table event_network (
  event_id bigint not null,
  network_id bigint not null,
  constraint pk_event_network primary key (event_id, network_id),
  constraint fk_event_network_event foreign key (event_id) references event (id) on delete cascade,
  constraint fk_event_network_network foreign key (network_id) references network (id)
);
create index ix_event_network_network on event_network (network_id);

create table event_theme (
  event_id bigint not null,
  theme_id bigint not null,
  constraint pk_event_theme primary key (event_id, theme_id),
  constraint fk_event_theme_event foreign key (event_id) references event (id) on delete cascade,
  constraint fk_event_theme_theme foreign key (theme_id) references theme (id)
);

create table insight (
  id bigint not null,
  version bigint not null,
  text varchar(8000) not null,
  theme_id bigint not null,
  event_id bigint,
  recorded_on date not null,
  source varchar(300) not null,
  constraint pk_insight primary key (id),
  constraint fk_insight_theme foreign key (theme_id) references theme (id),
  constraint fk_insight_event foreign key (event_id) references event (id)
);
create index ix_insight_theme on insight (theme_id);
create index ix_insight_event on insight (event_id);

create table insight_network (
  insight_id bigint not null,
  network_id bigint not null,
  constraint pk_insight_network primary key (insight_id, network_id),
  constraint fk_insight_network_insight foreign key (insight_id) references insight (id) on delete cascade,
  constraint fk_insight_network_network foreign key (network_id) references network (id)
);
create index ix_insight_network_network on insight_network (network_id);

create table insight_sector (
  insight_id bigint not null,
  sector_id bigint not null,
  constraint pk_insight_sector primary key (insight_id, sector_id),
  constraint fk_insight_sector_insight foreign key (insight_id) references insight (id) on delete cascade,
  constraint fk_insight_sector_sector foreign key (sector_id) references sector (id)
);

create table insight_area (
  insight_id bigint not null,
  area_code varchar(9) not null,
  constraint pk_insight_area primary key (insight_id, area_code),
  constraint fk_insight_area_insight foreign key (insight_id) references insight (id) on delete cascade
);

create table audit_entry (
  id bigint not null,
  at timestamp not null,
  actor varchar(100) not null,
  action varchar(20) not null,
  record_type varchar(60) not null,
  record_id bigint,
  record_label varchar(300),
  changes varchar(100000),
  constraint pk_audit_entry primary key (id)
);
create index ix_audit_entry_record on audit_entry (record_type, record_id);
create index ix_audit_entry_at on audit_entry (at);
