package org.a6portal.pacm;

import org.a6portal.common.NotFoundException;

/**
 * No published PACM activity has the slug in the URL (or it is a draft).
 */
public class NoSuchActivityException extends NotFoundException {

	public NoSuchActivityException(String slug) {
		super("No published PACM activity '" + slug + "'");
	}

}
