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
	private static final Map<String, String> PREFIXES = Map.of("cooperative_approach", "admin.approach", "pacm_activity",
			"admin.pacm", "ndc_target", "admin.ndc", "sd_statement", "admin.sd", "capacity_building_project",
			"admin.capacity", "country", "admin.country", "sector", "admin.sector", ChangeEntry.ACCOUNT, "admin.user");

	/** Fields whose label key is not the prefix and the field's name. */
	private static final Map<String, String> RENAMED = Map.ofEntries(
			Map.entry("cooperative_approach.transferringParties", "admin.approach.transferring"),
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
		if (entityType == null) {
			return label(ChangeEntry.ACCOUNT, field, locale);
		}
		String renamed = RENAMED.get(entityType + "." + field);
		if (renamed != null) {
			return message(renamed, locale, field);
		}
		String prefix = PREFIXES.get(entityType);
		String own = (prefix != null) ? this.messages.getMessage(prefix + "." + field, null, null, locale) : null;
		if (own != null) {
			return own;
		}
		return message("admin.form." + field, locale, field);
	}

	private String message(String key, Locale locale, String fallback) {
		String message = this.messages.getMessage(key, null, null, locale);
		return (message != null) ? message : fallback;
	}

}
