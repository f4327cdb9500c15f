package org.a6portal.sustainabledevelopment;

import jakarta.persistence.Entity;
import org.a6portal.common.SourcedRecord;

/**
 * What a host Party requires or reports on sustainable development, in the portal's own words.
 */
@Entity
public class SdStatement extends SourcedRecord {

	private String countryIso2 = "";

	private Topic topic = Topic.OTHER;

	private Mechanism mechanism = Mechanism.BOTH;

	private String body = "";

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

}
