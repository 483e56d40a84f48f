package org.citybridge.knowledge.practice;

import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A practice one city shares with others: its content, search and Q&A come in the knowledge issue. */
@Document("practices")
record Practice(@Id String id, @Indexed String municipality, String title, Visibility visibility) {
}
