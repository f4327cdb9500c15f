package org.a6portal.api.cooperation;

import java.util.List;
import java.util.stream.Stream;

import org.a6portal.api.Csv;
import org.a6portal.api.CsvColumn;
import org.a6portal.api.SectorReference;
import org.a6portal.cooperation.CooperationKinds;
import org.a6portal.record.RecordKind;

/**
 * The columns of the cooperative-approach CSV downloads; the country download adds its approaches' mitigation
 * activities and ITMO transfers with {@link #ACTIVITY_COLUMNS} and {@link #TRANSFER_COLUMNS}.
 */
public final class CooperativeApproachCsv {

	public static final List<CsvColumn<CooperativeApproachRepresentation>> COLUMNS = List.of(
			CsvColumn.of("id", CooperativeApproachRepresentation::id),
			CsvColumn.of("title", CooperativeApproachRepresentation::title),
			CsvColumn.of("instrument", CooperativeApproachRepresentation::instrument),
			CsvColumn.of("status", CooperativeApproachRepresentation::status),
			CsvColumn.of("transferring_parties", (approach) -> parties(approach, "transferring")),
			CsvColumn.of("acquiring_parties", (approach) -> parties(approach, "acquiring")),
			CsvColumn.of("sectors", (approach) -> approach.sectors().stream().map(SectorReference::code).toList()),
			CsvColumn.of("sector_scope", CooperativeApproachRepresentation::sectorScope),
			CsvColumn.of("announced_on", CooperativeApproachRepresentation::announcedOn),
			CsvColumn.of("mou_signed_on", CooperativeApproachRepresentation::mouSignedOn),
			CsvColumn.of("signed_on", CooperativeApproachRepresentation::signedOn),
			CsvColumn.of("in_force_on", CooperativeApproachRepresentation::inForceOn),
			CsvColumn.of("itmo_volume_tco2e", CooperativeApproachRepresentation::itmoVolumeTco2e),
			CsvColumn.of("mitigation_activity_count", (approach) -> approach.mitigationActivities().size()),
			CsvColumn.of("itmo_transfer_count", (approach) -> approach.itmoTransfers().size()),
			CsvColumn.of("description", CooperativeApproachRepresentation::description),
			CsvColumn.of("notes", CooperativeApproachRepresentation::notes),
			CsvColumn.of("source_url", (approach) -> approach.source().url()),
			CsvColumn.of("source_title", (approach) -> approach.source().title()),
			CsvColumn.of("source_retrieved_on", (approach) -> approach.source().retrievedOn()),
			CsvColumn.of("last_reviewed_on", CooperativeApproachRepresentation::lastReviewedOn));

	/** A mitigation activity with the id of its approach. */
	public record ActivityRow(String approachId, MitigationActivityRepresentation activity) {
	}

	/** An ITMO transfer with the id of its approach. */
	public record TransferRow(String approachId, ItmoTransferRepresentation transfer) {
	}

	public static final List<CsvColumn<ActivityRow>> ACTIVITY_COLUMNS = List.of(
			CsvColumn.of("id", (row) -> row.activity().id()),
			CsvColumn.of("approach_id", ActivityRow::approachId),
			CsvColumn.of("title", (row) -> row.activity().title()),
			CsvColumn.of("activity_type", (row) -> (row.activity().activityType() != null) ? row.activity().activityType().code() : null),
			CsvColumn.of("sector", (row) -> (row.activity().activityType() != null) ? row.activity().activityType().sector().code() : null),
			CsvColumn.of("authorized_on", (row) -> row.activity().authorizedOn()),
			CsvColumn.of("authorized_use", (row) -> row.activity().authorizedUse()),
			CsvColumn.of("expected_itmos_tco2e", (row) -> row.activity().expectedItmosTco2e()),
			CsvColumn.of("description", (row) -> row.activity().description()),
			CsvColumn.of("source_url", (row) -> row.activity().source().url()),
			CsvColumn.of("source_title", (row) -> row.activity().source().title()),
			CsvColumn.of("source_retrieved_on", (row) -> row.activity().source().retrievedOn()),
			CsvColumn.of("last_reviewed_on", (row) -> row.activity().lastReviewedOn()));

	public static final List<CsvColumn<TransferRow>> TRANSFER_COLUMNS = List.of(
			CsvColumn.of("id", (row) -> row.transfer().id()),
			CsvColumn.of("approach_id", TransferRow::approachId),
			CsvColumn.of("mitigation_activity_id", (row) -> row.transfer().mitigationActivity()),
			CsvColumn.of("from_country", (row) -> row.transfer().from().code()),
			CsvColumn.of("to_country", (row) -> row.transfer().to().code()),
			CsvColumn.of("transferred_on", (row) -> row.transfer().transferredOn()),
			CsvColumn.of("quantity_tco2e", (row) -> row.transfer().quantityTco2e()),
			CsvColumn.of("vintage", (row) -> row.transfer().vintage()),
			CsvColumn.of("first_transfer", (row) -> row.transfer().firstTransfer()),
			CsvColumn.of("source_url", (row) -> row.transfer().source().url()),
			CsvColumn.of("source_title", (row) -> row.transfer().source().title()),
			CsvColumn.of("source_retrieved_on", (row) -> row.transfer().source().retrievedOn()),
			CsvColumn.of("last_reviewed_on", (row) -> row.transfer().lastReviewedOn()));

	/** An ITMO event with the id of its approach. */
	public record EventRow(String approachId, ItmoEventRepresentation event) {
	}

	public static final List<CsvColumn<EventRow>> EVENT_COLUMNS = List.of(
			CsvColumn.of("id", (row) -> row.event().id()),
			CsvColumn.of("approach_id", EventRow::approachId),
			CsvColumn.of("kind", (row) -> row.event().kind()),
			CsvColumn.of("description", (row) -> row.event().description()),
			CsvColumn.of("event_on", (row) -> row.event().eventOn()),
			CsvColumn.of("event_date_note", (row) -> row.event().eventDateNote()),
			CsvColumn.of("from_country", (row) -> row.event().host().code()),
			CsvColumn.of("to_country", (row) -> (row.event().acquiring() != null) ? row.event().acquiring().code() : null),
			CsvColumn.of("activity_title", (row) -> row.event().activityTitle()),
			CsvColumn.of("volume_tco2e", (row) -> row.event().volumeTco2e()),
			CsvColumn.of("volume_meaning", (row) -> row.event().volumeMeaning()),
			CsvColumn.of("volume_note", (row) -> row.event().volumeNote()),
			CsvColumn.of("notes", (row) -> row.event().notes()),
			CsvColumn.of("source_url", (row) -> row.event().source().url()),
			CsvColumn.of("source_title", (row) -> row.event().source().title()),
			CsvColumn.of("source_retrieved_on", (row) -> row.event().source().retrievedOn()),
			CsvColumn.of("last_reviewed_on", (row) -> row.event().lastReviewedOn()));

	/** The record types of one approach's CSV, in the order its rows come. */
	public static final List<String> DETAIL_RECORD_TYPES = Stream
		.of(CooperationKinds.COOPERATIVE_APPROACH, CooperationKinds.MITIGATION_ACTIVITY, CooperationKinds.ITMO_TRANSFER,
				CooperationKinds.ITMO_EVENT)
		.map(RecordKind::entityType)
		.toList();

	/** One approach as one CSV: its row, then its activities, transfers and events, each with its record_type. */
	static Csv.Combined detail(CooperativeApproachDetail approach) {
		List<CooperativeApproachRepresentation> one = List.of(approach.entry());
		return new Csv.Combined().add(DETAIL_RECORD_TYPES.get(0), COLUMNS, one)
			.add(DETAIL_RECORD_TYPES.get(1), ACTIVITY_COLUMNS, activities(one))
			.add(DETAIL_RECORD_TYPES.get(2), TRANSFER_COLUMNS, transfers(one))
			.add(DETAIL_RECORD_TYPES.get(3), EVENT_COLUMNS,
					approach.itmoEvents().stream().map((event) -> new EventRow(approach.id(), event)).toList());
	}

	private CooperativeApproachCsv() {
	}

	private static List<String> parties(CooperativeApproachRepresentation approach, String role) {
		return approach.parties().stream().filter((party) -> party.role().equals(role)).map(PartyRepresentation::code).toList();
	}

	/** The activities of the approaches, each with its approach's id. */
	public static List<ActivityRow> activities(List<CooperativeApproachRepresentation> approaches) {
		return approaches.stream()
			.flatMap((approach) -> approach.mitigationActivities().stream().map((activity) -> new ActivityRow(approach.id(), activity)))
			.toList();
	}

	/** The transfers of the approaches, each with its approach's id. */
	public static List<TransferRow> transfers(List<CooperativeApproachRepresentation> approaches) {
		return approaches.stream()
			.flatMap((approach) -> approach.itmoTransfers().stream().map((transfer) -> new TransferRow(approach.id(), transfer)))
			.toList();
	}

}
