package org.a6portal.history;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A record's field in words, as its form labels it ("Transferring Parties", not {@code transferringParties}): for
 * the record of changes, the feeds and the list of a form's errors. The label is the form's own message: the kind's
 * prefix and the field ({@code admin.approach.title}), a shared one ({@code admin.form.slug}), or, where the form
 * names a field otherwise, the key listed here. A field without any stays as it is named.
 */
@Component("fieldLabels")
public class FieldLabels {

	/** The message prefix of each kind of record's form labels. */
	private static final Map<String, String> PREFIXES = Map.ofEntries(Map.entry("cooperative_approach", "admin.approach"),
			Map.entry("pacm_activity", "admin.pacm"),
			Map.entry("ndc_target", "admin.ndc"),
			Map.entry("sd_statement", "admin.sd"),
			Map.entry("capacity_building_project", "admin.capacity"),
			Map.entry("country", "admin.country"),
			Map.entry("sector", "admin.sector"),
			Map.entry(ChangeEntry.ACCOUNT, "admin.user"),
			Map.entry("mitigation_activity", "admin.activity"),
			Map.entry("itmo_transfer", "admin.transfer"),
			Map.entry("itmo_event", "admin.event"),
			Map.entry("initial_report", "admin.report"),
			Map.entry("ndc_document", "admin.ndcDocument"));

	/** Fields whose label key is not the prefix and the field's name. */
	private static final Map<String, String> RENAMED = Map.ofEntries(
			Map.entry("cooperative_approach.transferringParties", "admin.approach.transferring"),
			Map.entry("mitigation_activity.expectedItmosTco2e", "admin.activity.expectedItmos"),
			Map.entry("mitigation_activity.activityTypeCode", "admin.pacm.activityType"),
			Map.entry("itmo_transfer.quantityTco2e", "admin.transfer.quantity"),
			Map.entry("itmo_transfer.fromIso2", "admin.transfer.from"),
			Map.entry("itmo_transfer.toIso2", "admin.transfer.to"),
			Map.entry("itmo_transfer.activityId", "admin.transfer.activity"),
			Map.entry("itmo_transfer.firstTransfer", "admin.transfer.first"),
			Map.entry("itmo_event.hostIso2", "admin.event.host"),
			Map.entry("itmo_event.acquiringIso2", "admin.event.acquiring"),
			Map.entry("itmo_event.volumeTco2e", "admin.event.volume"),
			Map.entry("initial_report.countryIso2", "admin.report.country"),
			Map.entry("ndc_document.registryStatus", "admin.ndcDocument.registryStatus"),
			Map.entry("cooperative_approach.acquiringParties", "admin.approach.acquiring"),
			Map.entry("cooperative_approach.itmoVolumeTco2e", "admin.approach.itmoVolume"),
			Map.entry("pacm_activity.hostIso2", "admin.pacm.host"),
			Map.entry("pacm_activity.expectedReductionsTco2ePerYear", "admin.pacm.expectedReductions"),
			Map.entry("pacm_activity.activityTypeCode", "admin.pacm.activityType"),
			Map.entry("ndc_target.countryIso2", "admin.ndc.country"),
			Map.entry("ndc_target.referenceEmissionsMtco2e", "admin.ndc.referenceEmissions"),
			Map.entry("sd_statement.countryIso2", "admin.sd.country"),
			Map.entry("country.authorizationArrangement", "admin.country.authorization"),
			Map.entry("country.trackingArrangement", "admin.country.tracking"),
			Map.entry("sector.nameEn", "admin.country.nameEn"), Map.entry("sector.nameEs", "admin.country.nameEs"),
			Map.entry("sector.nameFr", "admin.country.nameFr"), Map.entry("app_user.email", "admin.login.email"),
			Map.entry("app_user.password", "admin.login.password"));

	private final MessageSource messages;

	FieldLabels(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The field's label in the language given; its name where no label exists.
	 * @param entityType the kind of record ({@code null}: an editor account, whose form names no kind)
	 */
	public String label(@Nullable String entityType, String field, Locale locale) {
		return labelOr(entityType, field, locale, field);
	}

	/** The field's label, or {@code fallback} where no message names it (a field readers must not see named). */
	public String labelOr(@Nullable String entityType, String field, Locale locale, String fallback) {
		if (entityType == null) {
			return labelOr(ChangeEntry.ACCOUNT, field, locale, fallback);
		}
		String renamed = RENAMED.get(entityType + "." + field);
		if (renamed != null) {
			return message(renamed, locale, fallback);
		}
		String prefix = PREFIXES.get(entityType);
		String own = (prefix != null) ? this.messages.getMessage(prefix + "." + field, null, null, locale) : null;
		if (own != null) {
			return own;
		}
		// a field the forms share, else the label the public record pages give it
		return message("admin.form." + field, locale, message("record.field." + field, locale, fallback));
	}

	private String message(String key, Locale locale, String fallback) {
		String message = this.messages.getMessage(key, null, null, locale);
		return (message != null) ? message : fallback;
	}

}
