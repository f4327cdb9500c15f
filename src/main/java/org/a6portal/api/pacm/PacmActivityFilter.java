package org.a6portal.api.pacm;

import org.a6portal.country.Region;
import org.a6portal.pacm.ActivityForm;
import org.a6portal.pacm.Origin;
import org.a6portal.pacm.Stage;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the PACM-activity list; {@code null} means "any". The overview page {@code /pacm-activities} takes
 * the same parameters with the same meaning.
 *
 * @param country the alpha-2 code of a host Party (the host or one of a programme's other hosts), as the request sent it
 * @param stage the activity's stage
 * @param origin CDM transition or new activity
 * @param region a host Party's region (the host or one of a programme's other hosts)
 * @param form project, programme or component
 * @param sector the code of the sector of the activity's type
 * @param activityType the code of the activity's type
 */
public record PacmActivityFilter(@Nullable String country, @Nullable Stage stage, @Nullable Origin origin,
		@Nullable Region region, @Nullable ActivityForm form, @Nullable String sector, @Nullable String activityType) {

	/** Host, stage and origin only. */
	public PacmActivityFilter(@Nullable String country, @Nullable Stage stage, @Nullable Origin origin) {
		this(country, stage, origin, null, null, null, null);
	}

}
