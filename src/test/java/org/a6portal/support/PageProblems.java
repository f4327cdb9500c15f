package org.a6portal.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What went wrong in a test's page, as {@link Browser} collects it: Content-Security-Policy violations, script
 * errors, and every load that failed (a 4xx or 5xx answer or a network error for a stylesheet, image, script,
 * frame or fetch). Only the pages the test itself navigated to may answer 4xx: a test may check a 404 page. The test
 * fails on any problem left after it.
 */
public final class PageProblems {

	private final List<String> problems = new ArrayList<>();

	private final Map<String, String> failedLoads = new LinkedHashMap<>();

	private final Set<String> pagesAskedFor = new HashSet<>();

	void add(String problem) {
		this.problems.add(problem);
	}

	void askedFor(String url) {
		this.pagesAskedFor.add(stripLocation(url));
	}

	/** A load that failed; the URL may carry a script location (":line:column"), as console messages give it. */
	void failedLoad(String what, String url) {
		this.failedLoads.putIfAbsent(stripLocation(url), what);
	}

	/** The problems so far, which are then no longer held against the test. */
	public List<String> takeAll() {
		List<String> taken = new ArrayList<>(this.problems);
		this.failedLoads.forEach((url, what) -> {
			if (!this.pagesAskedFor.contains(url)) {
				taken.add(what + ": " + url);
			}
		});
		this.problems.clear();
		this.failedLoads.clear();
		return taken;
	}

	/** {@code http://host/css/a.css:0:0} → {@code http://host/css/a.css}; a URL without a location stays as it is. */
	private static String stripLocation(String url) {
		return url.replaceFirst(":\\d+:\\d+$", "");
	}

}
