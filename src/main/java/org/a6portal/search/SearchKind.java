package org.a6portal.search;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import org.a6portal.capacitybuilding.CapacityBuildingKinds;
import org.a6portal.cooperation.CooperationKinds;
import org.a6portal.ndc.NdcKinds;
import org.a6portal.pacm.PacmKinds;
import org.a6portal.record.RecordKind;
import org.a6portal.sustainabledevelopment.SustainableDevelopmentKinds;

/**
 * The kinds of record search finds, in the order their groups are shown, each with its code (the {@code kind}
 * parameter and the index's column) and the path of its records' own pages (from the kind's {@link RecordKind}).
 */
public enum SearchKind {

	COUNTRY("country", "/countries/"), APPROACH("approach", pagePath(CooperationKinds.COOPERATIVE_APPROACH)),
	PACM("pacm", pagePath(PacmKinds.PACM_ACTIVITY)), NDC("ndc", pagePath(NdcKinds.NDC_TARGET)),
	REPORT("report", pagePath(SustainableDevelopmentKinds.INITIAL_REPORT)),
	CAPACITY("capacity", pagePath(CapacityBuildingKinds.CAPACITY_BUILDING_PROJECT));

	private final String code;

	private final String path;

	SearchKind(String code, String path) {
		this.code = code;
		this.path = path;
	}

	public String getCode() {
		return this.code;
	}

	String href(String slug) {
		return this.path + slug;
	}

	/** The path a kind's own pages share, from its one definition. */
	private static String pagePath(RecordKind kind) {
		return Objects.requireNonNull(kind.publicPage(), kind.entityType()).path();
	}

	static Optional<SearchKind> of(String code) {
		return Arrays.stream(values()).filter((kind) -> kind.code.equals(code)).findFirst();
	}

}
