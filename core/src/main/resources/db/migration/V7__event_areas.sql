-- Where events are held: the areas (ONS GSS codes) an event served, as networks have them, so that the map, the
-- landscape report and the workbook count events by nation and region. An online event for the whole UK has none
-- (or K02000001). Runs on PostgreSQL and on H2 in PostgreSQL mode.
CREATE TABLE event_area (
  event_id  BIGINT     NOT NULL,
  area_code VARCHAR(9) NOT NULL,
  CONSTRAINT pk_event_area PRIMARY KEY (event_id, area_code),
  CONSTRAINT fk_event_area_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE
);

CREATE INDEX ix_event_area_code ON event_area (area_code);

-- The follow-ups of an event, found from the earlier one.
CREATE INDEX ix_event_follows_on ON event (follows_on_id);
