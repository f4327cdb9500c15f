package org.a6portal.sustainabledevelopment;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import org.a6portal.common.SourcedRecord;
import org.jspecify.annotations.Nullable;

/**
 * What a host Party requires or reports on sustainable development, in the portal's own words: a statement, or one
 * of its Article 6 institutions and rules (a designation, framework or regulation), with the document's title, the
 * authority behind it and its date as far as the source gives it. A rule may cite a second source beside its own.
 */
@Entity
public class SdStatement extends SourcedRecord {

	private String countryIso2 = "";

	private Topic topic = Topic.OTHER;

	private Mechanism mechanism = Mechanism.BOTH;

	private String body = "";

	private @Nullable String title;

	private @Nullable String authority;

	private @Nullable LocalDate publishedOn;

	private @Nullable DatePrecision publishedOnPrecision;

	private @Nullable String otherSourceUrl;

	private @Nullable String otherSourceTitle;

	public SdStatement() {
	}

	public String getCountryIso2() {
		return this.countryIso2;
	}

	public Topic getTopic() {
		return this.topic;
	}

	public Mechanism getMechanism() {
		return this.mechanism;
	}

	public String getBody() {
		return this.body;
	}

	/** The document's title (a regulation, a framework, a designation), or {@code null} for a plain statement. */
	public @Nullable String getTitle() {
		return this.title;
	}

	/** The authority that issued the document or holds the role, as the source names it. */
	public @Nullable String getAuthority() {
		return this.authority;
	}

	/** When the document was published or took effect, as far as the source gives it; {@code null} if undated. */
	public @Nullable PartialDate getPublished() {
		return (this.publishedOn != null && this.publishedOnPrecision != null)
				? new PartialDate(this.publishedOn, this.publishedOnPrecision) : null;
	}

	public @Nullable String getOtherSourceUrl() {
		return this.otherSourceUrl;
	}

	public @Nullable String getOtherSourceTitle() {
		return this.otherSourceTitle;
	}

	public void setCountryIso2(String countryIso2) {
		this.countryIso2 = countryIso2;
	}

	public void setTopic(Topic topic) {
		this.topic = topic;
	}

	public void setMechanism(Mechanism mechanism) {
		this.mechanism = mechanism;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public void setAuthority(@Nullable String authority) {
		this.authority = authority;
	}

	public void setPublished(@Nullable PartialDate published) {
		this.publishedOn = (published != null) ? published.date() : null;
		this.publishedOnPrecision = (published != null) ? published.precision() : null;
	}

	public void setOtherSource(@Nullable String url, @Nullable String title) {
		this.otherSourceUrl = url;
		this.otherSourceTitle = title;
	}

}
