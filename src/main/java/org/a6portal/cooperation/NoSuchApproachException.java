package org.a6portal.cooperation;

import org.a6portal.common.NotFoundException;

/**
 * No published cooperative approach has the slug in the URL (or it is a draft).
 */
public class NoSuchApproachException extends NotFoundException {

	public NoSuchApproachException(String slug) {
		super("No published cooperative approach '" + slug + "'");
	}

}
