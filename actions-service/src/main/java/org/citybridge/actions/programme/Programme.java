package org.citybridge.actions.programme;

import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** An action programme of a city: its ambitions and spearhead actions come in the actions issue. */
@Document("programmes")
record Programme(@Id String id, @Indexed String municipality, String title, Visibility visibility) {
}
