package id.alurkinerja.letters;

import id.alurkinerja.forms.Form;
import id.alurkinerja.forms.FormDocuments;
import id.alurkinerja.forms.FormTransition;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.workflow.Act;
import id.alurkinerja.workflow.DocumentMachine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Step 5: the clerk gives the signed letter its number from the kecamatan's register. Number and
 * date are recorded against the signed hash and are not part of what was signed.
 */
@ApplicationScoped
public class FormNumbering {

  @Inject DocumentMachine machine;
  @Inject FormDocuments forms;
  @Inject LetterRegister register;

  @Transactional
  public Form number(long formId, String classification) {
    return machine.act(forms, formId, Act.<Form, FormTransition>of(FormTransition.NUMBER).effect(change -> {
      Form form = change.document();
      Kecamatan k = Kecamatan.findById(form.kecamatanId);
      LetterNumber n = register.take(k, classification, forms.content(form).letter().perihal(),
          LetterNumber.Kind.FORM_LETTER, form.id, forms.contentOf(form).sha256(), change.actor().id());
      form.letterNumber = n.number;
      form.letterDate = n.letterDate;
      change.details().letter(n.number, n.letterDate);
    }));
  }
}
