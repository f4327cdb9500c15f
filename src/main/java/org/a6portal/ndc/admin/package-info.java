/**
 * Editors' forms for NDC targets, each filed under its NDC version.
 */
@NullMarked
package org.a6portal.ndc.admin;

import org.jspecify.annotations.NullMarked;
