/**
 * The read-only open-data API under {@code /api/v1}: JSON and CSV of published records only, errors as RFC 9457
 * problem details, open to any origin, described by OpenAPI; one sub-package per resource, shared pieces here.
 */
@NullMarked
package org.a6portal.api;

import org.jspecify.annotations.NullMarked;
