package org.a6portal.pagecache;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

/**
 * The request as the application sees it while a page renders, noting which parameters it read: those, and only
 * those, can make the page differ, so they are what the page is cached on. Asking for all the parameters (a data
 * binder does) counts as reading every one.
 */
final class ParameterReads extends HttpServletRequestWrapper {

	private final Set<String> names = ConcurrentHashMap.newKeySet();

	private volatile boolean all;

	ParameterReads(HttpServletRequest request) {
		super(request);
	}

	@Override
	public @Nullable String getParameter(String name) {
		this.names.add(name);
		return super.getParameter(name);
	}

	@Override
	public String @Nullable [] getParameterValues(String name) {
		this.names.add(name);
		return super.getParameterValues(name);
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		this.all = true;
		return super.getParameterMap();
	}

	@Override
	public Enumeration<String> getParameterNames() {
		this.all = true;
		return super.getParameterNames();
	}

	/** What the render read. */
	Read read() {
		return new Read(this.all, Collections.unmodifiableSet(new TreeSet<>(this.names)));
	}

	/**
	 * The parameters a path's renders read.
	 * @param all whether they asked for every parameter
	 * @param names the parameters asked for by name, sorted
	 */
	record Read(boolean all, Set<String> names) {

		Read union(Read other) {
			if (other.equals(this)) {
				return this;
			}
			Set<String> both = new TreeSet<>(this.names);
			both.addAll(other.names);
			return new Read(this.all || other.all, Collections.unmodifiableSet(both));
		}

		/** The request's values of these parameters, in one canonical text (absent ones named too). */
		String of(HttpServletRequest request) {
			StringBuilder text = new StringBuilder();
			Iterable<String> keys = this.all ? new TreeSet<>(request.getParameterMap().keySet()) : this.names;
			if (this.all) {
				text.append('*');
			}
			for (String name : keys) {
				text.append('&').append(escape(name));
				String[] values = request.getParameterValues(name);
				if (values != null) {
					for (String value : values) {
						text.append('=').append(escape(value));
					}
				}
			}
			return text.toString();
		}

		private static String escape(String text) {
			return text.replace("%", "%25").replace("&", "%26").replace("=", "%3D");
		}

	}

}
