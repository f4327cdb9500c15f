package org.a6portal.sustainabledevelopment;

import org.a6portal.common.NotFoundException;

/**
 * No published initial report has the slug in the URL (or it is a draft).
 */
public class NoSuchInitialReportException extends NotFoundException {

	public NoSuchInitialReportException(String slug) {
		super("No published initial report '" + slug + "'");
	}

}
