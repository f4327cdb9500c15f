package org.a6portal.ndc;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * A Party's NDC versions, by their label, and its current one.
 */
public interface NdcSubmissionRepository extends Repository<NdcSubmission, Long> {

	Optional<NdcSubmission> findByCountryIso2AndLabel(String countryIso2, String label);

	/** The Party's current version: at most one, as a partial unique index ensures. */
	@Query("select s from NdcSubmission s where s.countryIso2 = :iso2 and s.isCurrent = true")
	List<NdcSubmission> findCurrentByCountry(String iso2);

	NdcSubmission save(NdcSubmission submission);

	/** Saves and writes at once: unsetting the current version must reach the database before another is set. */
	NdcSubmission saveAndFlush(NdcSubmission submission);

}
