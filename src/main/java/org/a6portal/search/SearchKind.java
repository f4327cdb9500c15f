package org.a6portal.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of record search finds, in the order their groups are shown, each with its code (the {@code kind}
 * parameter and the index's column) and the path of its records' own pages.
 */
public enum SearchKind {

	COUNTRY("country", "/countries/"), APPROACH("approach", "/cooperative-approaches/"),
	PACM("pacm", "/pacm-activities/"), NDC("ndc", "/ndc-targets/"), REPORT("report", "/initial-reports/"),
	CAPACITY("capacity", "/capacity-building/");

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

	static Optional<SearchKind> of(String code) {
		return Arrays.stream(values()).filter((kind) -> kind.code.equals(code)).findFirst();
	}

}
