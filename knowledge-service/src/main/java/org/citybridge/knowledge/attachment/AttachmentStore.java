package org.citybridge.knowledge.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.gridfs.model.GridFSFile;

/**
 * Files attached to things (practices now, studies later), in MongoDB GridFS (bucket
 * {@value #BUCKET}). It decides nothing about who may read a file: the owner of the reference (a
 * practice) checks the caller first and then asks for the bytes by id. Content is checked by
 * {@link AttachmentContent} before it gets here.
 */
@Component
public class AttachmentStore {

    public static final String BUCKET = "attachments";

    /** A stored file's bytes and type. */
    public record StoredFile(String id, String fileName, String contentType, byte[] content) {
    }

    private final GridFsTemplate gridFs;

    AttachmentStore(MongoDatabaseFactory mongo, MongoConverter converter) {
        this.gridFs = new GridFsTemplate(mongo, converter, BUCKET);
    }

    /**
     * Stores checked content and returns its id.
     *
     * @param owner the id of what it is attached to, kept as metadata for housekeeping
     */
    public String store(String owner, String fileName, String contentType, byte[] content) {
        Document metadata = new Document("owner", owner).append("contentType", contentType);
        ObjectId id = gridFs.store(new ByteArrayInputStream(content), fileName, contentType, metadata);
        return id.toHexString();
    }

    public Optional<StoredFile> find(String id) {
        if (!ObjectId.isValid(id)) {
            return Optional.empty();
        }
        GridFSFile file = gridFs.findOne(byId(id));
        if (file == null) {
            return Optional.empty();
        }
        Document metadata = file.getMetadata() == null ? new Document() : file.getMetadata();
        try {
            return Optional.of(new StoredFile(id, file.getFilename(), metadata.getString("contentType"),
                    gridFs.getResource(file).getContentAsByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String id) {
        if (ObjectId.isValid(id)) {
            gridFs.delete(byId(id));
        }
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(new ObjectId(id)));
    }
}
