/**
 * The small domain core every feature shares: the sourced-record base class, publication status and coded enums.
 */
@NullMarked
package org.a6portal.common;

import org.jspecify.annotations.NullMarked;
