package org.citybridge.organisations.organisation.logo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

/**
 * Organisations' logos, in the GridFS bucket {@code logos}, one file per organisation named by its id,
 * with the content type in the file's metadata. Read-only here: uploading logos is its own feature.
 */
@Component
public class LogoStore {

    public static final String BUCKET = "logos";

    private final MongoTemplate mongo;

    public LogoStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public record Logo(byte[] content, String contentType, String etag) {
    }

    /** The newest logo of the organisation, if it has one. */
    public Optional<Logo> find(String organisationId) {
        GridFSBucket bucket = GridFSBuckets.create(mongo.getDb(), BUCKET);
        GridFSFile file = bucket.find(Filters.eq("filename", organisationId)).sort(Sorts.descending("uploadDate"))
                .first();
        if (file == null) {
            return Optional.empty();
        }
        try (InputStream in = bucket.openDownloadStream(file.getObjectId())) {
            Document metadata = file.getMetadata() == null ? new Document() : file.getMetadata();
            String contentType = metadata.getString("contentType") != null ? metadata.getString("contentType")
                    : metadata.getString("_contentType");
            return Optional.of(new Logo(in.readAllBytes(), contentType, "\"" + file.getObjectId().toHexString() + "\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
