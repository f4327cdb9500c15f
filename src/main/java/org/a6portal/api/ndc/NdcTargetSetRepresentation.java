package org.a6portal.api.ndc;

import java.util.List;
import java.util.Map;

import org.a6portal.api.CountryReference;
import org.a6portal.country.Country;
import org.a6portal.ndc.NdcTargetSet;

/**
 * A country's published targets of one NDC version, with the version and the registry's documents of it.
 *
 * @param id its stable id (slug), as on its page {@code /ndc-targets/{id}}
 * @param country the country
 * @param ndc the NDC version
 * @param documents the UNFCCC registry's documents of the version (of the year it is known by), active first
 * @param targets its published targets
 * @param page its public page
 * @param csv its targets as CSV
 */
public record NdcTargetSetRepresentation(String id, CountryReference country, NdcReference ndc,
		List<NdcDocumentRepresentation> documents, List<NdcTargetRepresentation> targets, String page, String csv) {

	static NdcTargetSetRepresentation of(NdcTargetSet set, Map<String, Country> countries) {
		return new NdcTargetSetRepresentation(set.slug(), CountryReference.of(set.countryIso2(), countries),
				NdcReference.of(set.submission()),
				set.documents().stream().map(NdcDocumentRepresentation::of).toList(),
				set.targets().stream().map((target) -> NdcTargetRepresentation.of(target, countries)).toList(),
				"/ndc-targets/" + set.slug(), "/api/v1/ndc-targets/" + set.slug() + ".csv");
	}

}
