/**
 * The country profile page: its read model of six sections, the service that assembles it in a fixed number of
 * SQL statements, and its controller.
 */
@NullMarked
package org.a6portal.profile;

import org.jspecify.annotations.NullMarked;
