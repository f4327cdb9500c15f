package org.a6portal.seed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Titles compared the way the CDM pipeline writes them. The source links a component (CPA) to its programme (PoA)
 * only through the component's title ("Canchayllo Hydro Power Plant, Pachacayo – Tunki PoA CPA #2" is a component of
 * "Tunki Small Scale Hydropower Program of Activities"), so a component is placed under the one programme of its host
 * whose title begins with a part of the component's title, or the reverse; where none or several do, under none.
 */
final class ProgrammeTitles {

	private static final Set<String> SMALL_WORDS = Set.of("the", "of", "by", "in", "for", "a", "and");

	/** "CPA #2", "CPA-7", "CPA No.02", "CPA MM 02", "CPA006", "CPA-W-040": where a title names its component. */
	private static final Pattern COMPONENT = Pattern
		.compile("[#“\"]?\\bCPA\\b[\\s\\-#:]*(no\\.?\\s*)?[A-Z]*[\\-\\s]*\\d*[”\"]?|\\bCPA[\\-\\w]*", Pattern.CASE_INSENSITIVE);

	private static final Pattern PARTS = Pattern.compile("\\s[–-]\\s|\\||:|,");

	private static final Pattern PROGRAMME_WORDS = Pattern
		.compile("\\s*\\b(poa|programme of activities|program of activities|programme|program)$");

	private ProgrammeTitles() {
	}

	/** Lower case, letters and digits only, without small words: "Supported by the Republic" = "supported Republic". */
	static String normalised(String title) {
		return Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter((word) -> !word.isEmpty() && !SMALL_WORDS.contains(word))
			.collect(Collectors.joining(" "));
	}

	/** The parts of a component's title that may name its programme; none if the title names no component. */
	static List<String> programmeNames(String componentTitle) {
		if (!COMPONENT.matcher(componentTitle).find()) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		for (String part : PARTS.split(COMPONENT.matcher(componentTitle).replaceAll("|"))) {
			String words = normalised(part);
			String name = PROGRAMME_WORDS.matcher(words).replaceAll("").strip();
			// "Tunki PoA" names a programme; a single word alone ("India", "Kenya") names a country or a developer
			boolean calledAProgramme = !name.equals(words);
			if (name.length() >= 5 && (calledAProgramme || (name.length() >= 8 && name.indexOf(' ') > 0))) {
				names.add(name);
			}
		}
		return names;
	}

	/** Whether a programme's title and a name taken from a component's title name the same programme. */
	static boolean names(String programmeTitle, String name) {
		return namesNormalised(normalised(programmeTitle), name);
	}

	/** {@link #names}, for a programme title already {@link #normalised}. */
	static boolean namesNormalised(String programme, String name) {
		return programme.startsWith(name) || name.startsWith(programme);
	}

}
