package org.a6portal.api.ndc;

import java.time.LocalDate;

import org.a6portal.api.SourceRepresentation;
import org.a6portal.ndc.NdcDocument;
import org.jspecify.annotations.Nullable;

/**
 * A document of the UNFCCC NDC registry.
 *
 * @param id its stable id (slug)
 * @param title its title in the registry
 * @param submittedOn the date the registry gives it
 * @param registryStatus {@code active} or {@code archived}, as the registry says
 * @param language its language in the registry's English words ("Spanish"), where given
 * @param url the document itself
 * @param source where the listing comes from
 */
public record NdcDocumentRepresentation(String id, String title, @Nullable LocalDate submittedOn, String registryStatus,
		@Nullable String language, String url, SourceRepresentation source) {

	static NdcDocumentRepresentation of(NdcDocument document) {
		return new NdcDocumentRepresentation(document.getSlug(), document.getTitle(), document.getSubmittedOn(),
				document.getRegistryStatus(), document.getLanguage(), document.getDocumentUrl(),
				SourceRepresentation.of(document));
	}

}
