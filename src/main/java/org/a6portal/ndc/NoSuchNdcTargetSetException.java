package org.a6portal.ndc;

import org.a6portal.common.NotFoundException;

/**
 * No NDC version with a published target has the slug in the URL (unknown, or only drafts).
 */
public class NoSuchNdcTargetSetException extends NotFoundException {

	public NoSuchNdcTargetSetException(String slug) {
		super("No published NDC target set '" + slug + "'");
	}

}
