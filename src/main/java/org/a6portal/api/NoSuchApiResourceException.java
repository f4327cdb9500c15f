package org.a6portal.api;

import org.a6portal.common.NotFoundException;

/**
 * Nothing in the API answers to the path.
 */
class NoSuchApiResourceException extends NotFoundException {

	NoSuchApiResourceException(String path) {
		super("Nothing in the API answers to " + path + "; /api describes the endpoints and /api/v1/openapi.json"
				+ " their OpenAPI description.");
	}

}
