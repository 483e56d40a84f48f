package org.citybridge.organisations.organisation.logo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.gridfs.model.GridFSFile;

/**
 * The organisations' logos, in MongoDB GridFS (bucket {@value #BUCKET}), one per organisation: the file
 * name is the organisation id. Content is stored as checked and sanitised by {@link LogoContent}; this
 * class decides nothing about who may read it.
 */
@Component
public class LogoStore {

    public static final String BUCKET = "logos";

    /**
     * A stored logo.
     *
     * @param contentType {@code image/png}, {@code image/jpeg} or {@code image/svg+xml}
     * @param etag        the quoted entity tag of the content (a hash), as sent in the ETag header
     */
    public record Logo(byte[] content, String contentType, String etag) {
    }

    private final GridFsTemplate gridFs;

    LogoStore(MongoDatabaseFactory mongo, MongoConverter converter) {
        this.gridFs = new GridFsTemplate(mongo, converter, BUCKET);
    }

    /** The organisation's current logo, if it has one. Callers check that the caller may see it. */
    public Optional<Logo> find(String organisationId) {
        GridFSFile file = gridFs.find(ofOrganisation(organisationId).with(Sort.by(Sort.Direction.DESC, "uploadDate")))
                .first();
        if (file == null) {
            return Optional.empty();
        }
        // Files written by other code may carry only a content type (Spring's "_contentType" included);
        // the file id is then as good an entity tag as the content hash.
        Document metadata = file.getMetadata() == null ? new Document() : file.getMetadata();
        String contentType = metadata.getString("contentType") != null ? metadata.getString("contentType")
                : metadata.getString("_contentType");
        String etag = metadata.getString("etag") != null ? metadata.getString("etag")
                : "\"" + file.getObjectId().toHexString() + "\"";
        try {
            return Optional.of(new Logo(gridFs.getResource(file).getContentAsByteArray(), contentType, etag));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores the new logo first and only then removes the old one, so there is never a moment without one. */
    Logo replace(String organisationId, byte[] content, String contentType) {
        String etag = "\"" + sha256(content) + "\"";
        Document metadata = new Document("organisationId", organisationId).append("contentType", contentType)
                .append("etag", etag);
        ObjectId stored = gridFs.store(new ByteArrayInputStream(content), organisationId, contentType, metadata);
        // Only older ones: of two concurrent uploads the later one wins, and never both are deleted.
        gridFs.delete(ofOrganisation(organisationId).addCriteria(Criteria.where("_id").lt(stored)));
        return new Logo(content, contentType, etag);
    }

    private static Query ofOrganisation(String organisationId) {
        return Query.query(Criteria.where("filename").is(organisationId));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
