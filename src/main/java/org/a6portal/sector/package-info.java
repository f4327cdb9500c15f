/**
 * The sector / activity-type taxonomy shared by Article 6.2 and 6.4 records.
 */
@NullMarked
package org.a6portal.sector;

import org.jspecify.annotations.NullMarked;
