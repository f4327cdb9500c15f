package org.a6portal.capacitybuilding;

import org.a6portal.common.NotFoundException;

/**
 * No published capacity-building project has the slug in the URL.
 */
public class NoSuchProjectException extends NotFoundException {

	public NoSuchProjectException(String slug) {
		super("No published capacity-building project '" + slug + "'");
	}

}
