package org.citybridge.web.organisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The edit form of an organisation. Its field names are the API's ({@code address.country},
 * {@code contactPersons[0].email}), so that the API's field errors land next to the field they are about. It
 * carries the version (ETag) the person started from: the save says "if nobody changed it since".
 */
public class OrganisationForm {

    private String version;
    private String name;
    private String kind;
    private String visibility;
    private AddressForm address = new AddressForm();
    private String website;
    private String communities;
    private List<ContactForm> contactPersons = new ArrayList<>();

    /** A new organisation: private until the officer shares it. */
    static OrganisationForm blank() {
        OrganisationForm form = new OrganisationForm();
        form.kind = "CIVIL_SOCIETY";
        form.visibility = "PRIVATE";
        return form;
    }

    static OrganisationForm of(Organisation organisation, String version) {
        OrganisationForm form = new OrganisationForm();
        form.version = version;
        form.name = organisation.name();
        form.kind = organisation.kind();
        form.visibility = organisation.visibility();
        if (organisation.address() != null) {
            form.address.street = organisation.address().street();
            form.address.postalCode = organisation.address().postalCode();
            form.address.city = organisation.address().city();
            form.address.country = organisation.address().country();
        }
        form.website = organisation.website();
        form.communities = String.join("\n", organisation.communities());
        for (Organisation.ContactPerson person : organisation.contactPersons()) {
            ContactForm contact = new ContactForm();
            contact.name = person.name();
            contact.role = person.role();
            contact.email = person.email();
            contact.phone = person.phone();
            form.contactPersons.add(contact);
        }
        return form;
    }

    /** One empty row at the end, to add a contact person without script. */
    void withEmptyContactRow() {
        if (contactPersons.isEmpty() || !contactPersons.get(contactPersons.size() - 1).isEmpty()) {
            contactPersons.add(new ContactForm());
        }
    }

    /** The body of {@code PUT /api/organisations/{id}}: every editable field; empty ones are absent. */
    Map<String, Object> toRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", blankToNull(name));
        body.put("kind", blankToNull(kind));
        body.put("visibility", blankToNull(visibility));
        body.put("address", address.isEmpty() ? null : address.toRequest());
        body.put("website", blankToNull(website));
        body.put("communities", communities == null ? List.of() : Arrays.stream(communities.split("[\\n,]"))
                .map(String::strip).filter(c -> !c.isEmpty()).toList());
        // Only the row left for adding is empty, and it is the last: the others keep their index, so an error about
        // contactPersons[1] is still about the second row on the page.
        body.put("contactPersons", contactPersons.stream().filter(c -> !c.isEmpty()).map(ContactForm::toRequest).toList());
        return body;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }

    public AddressForm getAddress() {
        return address;
    }

    public void setAddress(AddressForm address) {
        this.address = address == null ? new AddressForm() : address;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getCommunities() {
        return communities;
    }

    public void setCommunities(String communities) {
        this.communities = communities;
    }

    public List<ContactForm> getContactPersons() {
        return contactPersons;
    }

    public void setContactPersons(List<ContactForm> contactPersons) {
        this.contactPersons = contactPersons == null ? new ArrayList<>() : contactPersons;
    }

    public static class AddressForm {

        private String street;
        private String postalCode;
        private String city;
        private String country;

        boolean isEmpty() {
            return blankToNull(street) == null && blankToNull(postalCode) == null && blankToNull(city) == null
                    && blankToNull(country) == null;
        }

        Map<String, Object> toRequest() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("street", blankToNull(street));
            body.put("postalCode", blankToNull(postalCode));
            body.put("city", blankToNull(city));
            body.put("country", country == null ? null : blankToNull(country.toUpperCase(Locale.ROOT)));
            return body;
        }

        public String getStreet() {
            return street;
        }

        public void setStreet(String street) {
            this.street = street;
        }

        public String getPostalCode() {
            return postalCode;
        }

        public void setPostalCode(String postalCode) {
            this.postalCode = postalCode;
        }

        public String getCity() {
            return city;
        }

        public void setCity(String city) {
            this.city = city;
        }

        public String getCountry() {
            return country;
        }

        public void setCountry(String country) {
            this.country = country;
        }
    }

    public static class ContactForm {

        private String name;
        private String role;
        private String email;
        private String phone;

        boolean isEmpty() {
            return blankToNull(name) == null && blankToNull(role) == null && blankToNull(email) == null
                    && blankToNull(phone) == null;
        }

        Map<String, Object> toRequest() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", blankToNull(name));
            body.put("role", blankToNull(role));
            body.put("email", blankToNull(email));
            body.put("phone", blankToNull(phone));
            return body;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }
    }
}
