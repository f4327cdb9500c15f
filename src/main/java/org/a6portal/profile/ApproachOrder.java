package org.a6portal.profile;

import java.time.LocalDate;
import java.util.Comparator;

import org.a6portal.cooperation.CooperativeApproach;

/**
 * Cooperative approaches in the order a reader expects: most advanced status first, then the newest signature,
 * then by title.
 */
final class ApproachOrder {

	static final Comparator<CooperativeApproach> NEWEST_FIRST = Comparator
		.comparing(CooperativeApproach::getStatus, Comparator.reverseOrder())
		.thenComparing(CooperativeApproach::getSignedOn, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
		.thenComparing(CooperativeApproach::getTitle);

	private ApproachOrder() {
	}

}
