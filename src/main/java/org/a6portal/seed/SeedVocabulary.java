package org.a6portal.seed;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Maps the seed files' wording to the portal's codes. The rules are the ones shared/DOMAIN.md §2.3 gives; each
 * original wording is kept beside the code (in notes or scope) so nothing is lost in the mapping.
 */
public final class SeedVocabulary {

	private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

	/** A period an NDC covers, written in its label ("2031–2035", "2021-2030"). */
	private static final Pattern PERIOD = Pattern.compile("\\b(19|20)\\d{2}\\s*[-–]\\s*(19|20)\\d{2}\\b");

	private SeedVocabulary() {
	}

	public static @Nullable String region(@Nullable String region) {
		if (region == null) {
			return null;
		}
		return switch (region) {
			case "Africa" -> "africa";
			case "Asia" -> "asia";
			case "Europe" -> "europe";
			case "Oceania" -> "oceania";
			case "Latin America and the Caribbean" -> "latin_america_caribbean";
			case "Northern America" -> "northern_america";
			default -> throw new IllegalArgumentException("Unknown region '" + region + "'");
		};
	}

	/** "bilateral implementing agreement (Art. 6.2)" → implementing_agreement, and so on. */
	public static String instrument(String wording) {
		String text = wording.toLowerCase(Locale.ROOT);
		if (text.contains("jcm")) {
			return "jcm_document";
		}
		if (text.contains("implement")) {
			return "implementing_agreement";
		}
		if (text.contains("framework")) {
			return "framework_agreement";
		}
		if (text.equals("mou") || text.contains("memorandum of understanding")) {
			return "mou";
		}
		if (text.contains("cooperation agreement")) {
			return "cooperation_agreement";
		}
		return "other";
	}

	/** announced → under_discussion, MoU signed → mou_signed, signed/established → agreement_signed. */
	public static String approachStatus(String wording) {
		return switch (wording.toLowerCase(Locale.ROOT)) {
			case "announced" -> "under_discussion";
			case "mou signed" -> "mou_signed";
			case "signed", "established" -> "agreement_signed";
			case "in force" -> "in_force";
			default -> throw new IllegalArgumentException("Unknown approach status '" + wording + "'");
		};
	}

	/** The PACM stage a free-text status describes. */
	public static String pacmStage(String wording, String origin) {
		String text = wording.toLowerCase(Locale.ROOT);
		if (text.contains("issuance approved") || text.contains("issued")) {
			return text.contains("transition approved") ? "transition_approved" : "issued";
		}
		if (text.contains("transition approved")) {
			return "transition_approved";
		}
		if (text.contains("rejected")) {
			return origin.equals("cdm_transition") ? "transition_rejected" : "rejected";
		}
		if (text.contains("withdrawn")) {
			return "withdrawn";
		}
		if (text.contains("registered")) {
			return "registered";
		}
		return origin.equals("cdm_transition") ? "transition_requested" : "pcn_submitted";
	}

	public static String pacmOrigin(String wording) {
		return wording.toLowerCase(Locale.ROOT).contains("cdm") ? "cdm_transition" : "new_activity";
	}

	/** The activity type a seed's sector wording names, or null where it names none of the taxonomy's. */
	public static @Nullable String activityType(@Nullable String wording) {
		if (wording == null) {
			return null;
		}
		String text = wording.toLowerCase(Locale.ROOT);
		if (text.contains("cookstove") || text.contains("clean cooking")) {
			return "clean_cooking";
		}
		if (text.contains("landfill") || text.contains("methane")) {
			return "landfill_gas";
		}
		if (text.contains("solar") || text.contains("wind") || text.contains("hydro") || text.contains("renewable")) {
			return "renewable_power";
		}
		if (text.contains("mobility") || text.contains("e-bus")) {
			return "e_mobility";
		}
		return null;
	}

	public static String targetType(String wording) {
		return switch (wording.toLowerCase(Locale.ROOT)) {
			case "bau" -> "bau";
			case "base-year", "base year" -> "base_year";
			case "absolute" -> "absolute";
			case "intensity" -> "intensity";
			case "net zero", "net-zero" -> "net_zero";
			default -> "other";
		};
	}

	/** ndc-pe-2015-bau-2030-conditional: the stable slug of a seeded or imported NDC target. */
	public static String ndcTargetSlug(String iso2, String label, String targetType, @Nullable Short targetYear,
			@Nullable Boolean conditional) {
		String condition = (conditional == null) ? "unstated" : (conditional ? "conditional" : "unconditional");
		return String.join("-", "ndc", iso2.toLowerCase(Locale.ROOT), String.valueOf(ndcVersionYear(label)),
				org.a6portal.country.CountryNames.slugOf(targetType), (targetYear != null) ? targetYear.toString() : "undated",
				condition);
	}

	/**
	 * The year an NDC version is known by: the first year in its label ("updated NDC 2020 (updated 2023)" → 2020)
	 * that is not part of the period it covers ("second NDC 2031–2035 (2025)" → 2025); a label naming only a period
	 * is known by the period's first year.
	 */
	public static short ndcVersionYear(String label) {
		String withoutPeriods = PERIOD.matcher(label).replaceAll(" ");
		Matcher matcher = YEAR.matcher(withoutPeriods);
		if (!matcher.find()) {
			matcher = YEAR.matcher(label);
			if (!matcher.find()) {
				throw new IllegalArgumentException("NDC version '" + label + "' names no year");
			}
		}
		return Short.parseShort(matcher.group());
	}


	/**
	 * The kind of an Article 6.2 event its wording names; a transfer wins over the issuance it came with ("first
	 * issuance and transfer"), an authorisation over the issuance reported with it.
	 */
	public static String itmoEventKind(String wording) {
		String text = wording.toLowerCase(Locale.ROOT);
		if (text.contains("transfer")) {
			return "transfer";
		}
		if (text.contains("purchase agreement")) {
			return "purchase_agreement";
		}
		if (text.contains("authoris") || text.contains("authoriz")) {
			return "authorisation";
		}
		if (text.contains("issuance")) {
			return "issuance";
		}
		if (text.contains("registration")) {
			return "registration";
		}
		throw new IllegalArgumentException("Unknown ITMO event '" + wording + "'");
	}

	/**
	 * What an event's volume measures, as its note says: a contract ceiling and an estimate are never a transfer.
	 * A volume without a note saying what it is cannot be loaded.
	 */
	public static String itmoVolumeMeaning(@Nullable String note) {
		String text = (note != null) ? note.toLowerCase(Locale.ROOT) : "";
		if (text.contains("ceiling") || text.contains("maximum")) {
			return "ceiling";
		}
		if (text.contains("estimate")) {
			return "estimate";
		}
		if (text.contains("transferred") || text.contains("acquired")) {
			return "transfer";
		}
		if (text.contains("issued")) {
			return "issuance";
		}
		throw new IllegalArgumentException("ITMO volume note '" + note + "' does not say what the volume is");
	}

}
