package org.a6portal.worldmap;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.a6portal.country.CountryTally;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The world map of any one figure per country (an overview page's records per country, for its filter), drawn as the
 * home page's map is: the same shapes, markers and colour classes ({@link WorldMap#CLASS_FLOORS}). The figures come
 * from the caller's own statement; this adds the shapes and sorts the countries by name.
 */
@Component
public class FigureMaps {

	private final WorldMapGeometry geometry;

	FigureMaps(WorldMapGeometry geometry) {
		this.geometry = geometry;
	}

	/**
	 * The map of a figure.
	 * @param figure what it counts, the last part of its message keys ({@code figuremap.<figure>.*})
	 * @param countries every country with its figure
	 * @param locale the visitor's language, for the order of names
	 */
	public FigureMap draw(String figure, List<Figure> countries, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return new FigureMap(figure, countries.stream()
			.map((country) -> new FigureMap.Country(country.iso2().toLowerCase(Locale.ROOT), country.name(), country.value(),
					WorldMap.classOf((int) Math.min(Integer.MAX_VALUE, country.value())), this.geometry.of(country.numericCode())))
			.sorted(Comparator.comparing(FigureMap.Country::name, collator))
			.toList());
	}

	/** The map of the records each country has on an overview page, for its filter. */
	public FigureMap records(String figure, List<CountryTally> countries, Locale locale) {
		return draw(figure, countries.stream()
			.map((country) -> new Figure(country.iso2(), country.numericCode(), country.name(locale), country.records()))
			.toList(), locale);
	}

	/**
	 * A country's figure.
	 * @param iso2 its alpha-2 code
	 * @param numericCode its ISO numeric code (its shape), if any
	 * @param name its name in the visitor's language
	 * @param value the figure
	 */
	public record Figure(String iso2, @Nullable String numericCode, String name, long value) {
	}

}
