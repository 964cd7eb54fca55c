package org.coproduction.landscape.funding;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.coproduction.landscape.geography.AreaCode;
import org.coproduction.landscape.geography.AreaCodeConverter;
import org.coproduction.landscape.network.Network;
import org.coproduction.landscape.organisation.Organisation;
import org.coproduction.landscape.platform.Recorded;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * Money applied for, awarded or lost, from a funder to a network or an organisation, in the shape
 * of the 360Giving Data Standard (identifier 360G-&lt;prefix&gt;-&lt;id&gt;, amounts as exact
 * decimals, beneficiary areas by GSS code). Grants that were paused or lost stay in the record.
 */
@Entity
@Table(name = "funding_grant")
public class Grant extends Recorded {

  private static final long serialVersionUID = 1L;

  private static final String AMOUNT_FORMAT = "{landscape.grant.amount.format}";

  @NotBlank(message = "{landscape.grant.identifier.required}")
  @Pattern(
      regexp = "360G-[A-Za-z0-9_.]+(-[A-Za-z0-9_.\\-]+)+",
      message = "{landscape.grant.identifier.format}")
  @Size(max = 120, message = "{landscape.grant.identifier.size}")
  @Column(nullable = false, unique = true, length = 120)
  private String identifier;

  @NotBlank(message = "{landscape.grant.title.required}")
  @Size(max = 300, message = "{landscape.grant.title.size}")
  @Column(nullable = false, length = 300)
  private String title;

  @NotBlank(message = "{landscape.grant.description.required}")
  @Size(max = 8000, message = "{landscape.grant.description.size}")
  @Column(nullable = false)
  private String description;

  @NotNull(message = "{landscape.grant.currency.required}")
  @Pattern(regexp = "[A-Z]{3}", message = "{landscape.grant.currency.format}")
  @Column(nullable = false, length = 3)
  private String currency = "GBP";

  @DecimalMin(value = "0", message = "{landscape.grant.amountAppliedFor.negative}")
  @Digits(integer = 13, fraction = 2, message = AMOUNT_FORMAT)
  @Column(name = "amount_applied_for", precision = 15, scale = 2)
  private BigDecimal amountAppliedFor;

  @DecimalMin(value = "0", message = "{landscape.grant.amountAwarded.negative}")
  @Digits(integer = 13, fraction = 2, message = AMOUNT_FORMAT)
  @Column(name = "amount_awarded", precision = 15, scale = 2)
  private BigDecimal amountAwarded;

  @DecimalMin(value = "0", message = "{landscape.grant.amountDisbursed.negative}")
  @Digits(integer = 13, fraction = 2, message = AMOUNT_FORMAT)
  @Column(name = "amount_disbursed", precision = 15, scale = 2)
  private BigDecimal amountDisbursed;

  @Column(name = "award_date")
  private LocalDate awardDate;

  @Column(name = "planned_start")
  private LocalDate plannedStart;

  @Column(name = "planned_end")
  private LocalDate plannedEnd;

  @NotNull(message = "{landscape.grant.status.required}")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private GrantStatus status = GrantStatus.APPLIED;

  /** How Covid-19 affected the grant: paused, cut, lost, moved online... */
  @Size(max = 2000, message = "{landscape.grant.covidImpact.size}")
  @Column(name = "covid_impact", length = 2000)
  private String covidImpact;

  @NotNull(message = "{landscape.grant.funder.required}")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "funder_id", nullable = false)
  private Organisation funder;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "programme_id")
  private GrantProgramme programme;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "recipient_network_id")
  private Network recipientNetwork;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "recipient_organisation_id")
  private Organisation recipientOrganisation;

  @ElementCollection
  @CollectionTable(name = "grant_beneficiary_area", joinColumns = @JoinColumn(name = "grant_id"))
  @Column(name = "area_code", nullable = false, length = 9)
  @Convert(converter = AreaCodeConverter.class)
  @BatchFetch(BatchFetchType.IN)
  private Set<AreaCode> beneficiaryAreas = new TreeSet<>();

  @NotNull(message = "{landscape.grant.direction.required}")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private FundingDirection direction = FundingDirection.INCOMING;

  protected Grant() {}

  public Grant(String identifier, String title, String description, Organisation funder) {
    this.identifier = identifier;
    this.title = title;
    this.description = description;
    this.funder = funder;
  }

  /** A blank grant for a form to fill. */
  public static Grant blank() {
    return new Grant();
  }

  @Override
  public String label() {
    return title;
  }

  @Override
  public Map<String, String> brokenRules() {
    Map<String, String> m = new LinkedHashMap<>();
    if (currency != null && currency.matches("[A-Z]{3}")) {
      try {
        Currency.getInstance(currency);
      } catch (IllegalArgumentException e) {
        m.put("currency", "'" + currency + "' is not an ISO 4217 currency code");
      }
    }
    if (status != null && status.isAwarded()) {
      if (amountAwarded == null) {
        m.put("amountAwarded", "An awarded grant needs the amount awarded");
      }
      if (awardDate == null) {
        m.put("awardDate", "An awarded grant needs its award date");
      }
    }
    if (amountAwarded != null
        && amountDisbursed != null
        && amountDisbursed.compareTo(amountAwarded) > 0) {
      m.put("amountDisbursed", "More cannot be disbursed than was awarded");
    }
    if (plannedStart != null && plannedEnd != null && plannedEnd.isBefore(plannedStart)) {
      m.put("plannedEnd", "The planned end cannot be before the planned start");
    }
    if ((recipientNetwork == null) == (recipientOrganisation == null)) {
      m.put("recipient", "Choose the recipient: either a network or an organisation");
    }
    if (programme != null
        && funder != null
        && programme.getFunder() != null
        && programme.getFunder().getId() != null
        && !programme.getFunder().getId().equals(funder.getId())) {
      m.put("programme", "The programme belongs to another funder");
    }
    return m;
  }

  /** Marks the grant as awarded with its amount and date. */
  public void award(BigDecimal amount, LocalDate on) {
    this.amountAwarded = new Money(amount, Currency.getInstance(currency)).amount();
    this.awardDate = on;
    this.status = GrantStatus.AWARDED;
  }

  /** The amount awarded as money in the grant's currency (zero when nothing is awarded). */
  public Money awarded() {
    return amountAwarded == null
        ? Money.zero(Currency.getInstance(currency))
        : new Money(amountAwarded, Currency.getInstance(currency));
  }

  /** The recipient's name, whichever kind of recipient it is. */
  public String recipientName() {
    return recipientNetwork != null
        ? recipientNetwork.getName()
        : recipientOrganisation != null ? recipientOrganisation.getName() : null;
  }

  public Grant benefiting(AreaCode... codes) {
    beneficiaryAreas.addAll(List.of(codes));
    return this;
  }

  public String getIdentifier() {
    return identifier;
  }

  public void setIdentifier(String identifier) {
    this.identifier = identifier;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public BigDecimal getAmountAppliedFor() {
    return amountAppliedFor;
  }

  public void setAmountAppliedFor(BigDecimal amountAppliedFor) {
    this.amountAppliedFor = amountAppliedFor;
  }

  public BigDecimal getAmountAwarded() {
    return amountAwarded;
  }

  public void setAmountAwarded(BigDecimal amountAwarded) {
    this.amountAwarded = amountAwarded;
  }

  public BigDecimal getAmountDisbursed() {
    return amountDisbursed;
  }

  public void setAmountDisbursed(BigDecimal amountDisbursed) {
    this.amountDisbursed = amountDisbursed;
  }

  public LocalDate getAwardDate() {
    return awardDate;
  }

  public void setAwardDate(LocalDate awardDate) {
    this.awardDate = awardDate;
  }

  public LocalDate getPlannedStart() {
    return plannedStart;
  }

  public void setPlannedStart(LocalDate plannedStart) {
    this.plannedStart = plannedStart;
  }

  public LocalDate getPlannedEnd() {
    return plannedEnd;
  }

  public void setPlannedEnd(LocalDate plannedEnd) {
    this.plannedEnd = plannedEnd;
  }

  public GrantStatus getStatus() {
    return status;
  }

  public void setStatus(GrantStatus status) {
    this.status = status;
  }

  public String getCovidImpact() {
    return covidImpact;
  }

  public void setCovidImpact(String covidImpact) {
    this.covidImpact = covidImpact;
  }

  public Organisation getFunder() {
    return funder;
  }

  public void setFunder(Organisation funder) {
    this.funder = funder;
  }

  public GrantProgramme getProgramme() {
    return programme;
  }

  public void setProgramme(GrantProgramme programme) {
    this.programme = programme;
  }

  public Network getRecipientNetwork() {
    return recipientNetwork;
  }

  public void setRecipientNetwork(Network recipientNetwork) {
    this.recipientNetwork = recipientNetwork;
  }

  public Organisation getRecipientOrganisation() {
    return recipientOrganisation;
  }

  public void setRecipientOrganisation(Organisation recipientOrganisation) {
    this.recipientOrganisation = recipientOrganisation;
  }

  public Set<AreaCode> getBeneficiaryAreas() {
    return beneficiaryAreas;
  }

  public void setBeneficiaryAreas(Set<AreaCode> beneficiaryAreas) {
    this.beneficiaryAreas = beneficiaryAreas;
  }

  public FundingDirection getDirection() {
    return direction;
  }

  public void setDirection(FundingDirection direction) {
    this.direction = direction;
  }
}
