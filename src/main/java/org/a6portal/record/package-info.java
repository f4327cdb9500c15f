/**
 * What every part of the portal knows about a kind of record, defined once beside its feature: {@link RecordKind}
 * (change-log name, admin path, label keys, public page, profile section, import, navigation), the registry of all
 * kinds ({@link RecordKinds}) and the country profile's sections ({@link ProfileSection}). Depends on no feature.
 */
@NullMarked
package org.a6portal.record;

import org.jspecify.annotations.NullMarked;
