package id.alurkinerja.documents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an issued PDF, apart from its row so that listings never read files. */
@Entity
@Table(name = "issued_document_file")
public class IssuedFile extends PanacheEntityBase {

  @Id
  @Column(name = "document_id")
  public Long documentId;

  public byte[] pdf;
}
