/**
 * Editors' forms for Article 6.2 cooperative approaches.
 */
@NullMarked
package org.a6portal.cooperation.admin;

import org.jspecify.annotations.NullMarked;
