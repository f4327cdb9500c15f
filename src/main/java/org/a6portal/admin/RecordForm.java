package org.a6portal.admin;

/**
 * An editor form: the editable state of one record, carrying the version it was loaded at so that a save over
 * someone else's newer change is refused.
 */
public interface RecordForm {

	long getVersion();

	void setVersion(long version);

}
