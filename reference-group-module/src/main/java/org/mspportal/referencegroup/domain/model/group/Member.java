package org.mspportal.referencegroup.domain.model.group;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.mspportal.core.rule.Refusal;

/**
 * A member of a reference group. A member may have no account (and no email): the facilitator then
 * records their suggestions and consent for them.
 */
@Entity
@Table(name = "rg_member")
@NamedQuery(name = "Member.ofGroup", query = "SELECT DISTINCT m FROM Member m LEFT JOIN FETCH m.accessNeeds"
        + " WHERE m.group = :group AND m.leftAt IS NULL ORDER BY m.fullName")
@NamedQuery(name = "Member.byAccount", query = "SELECT m FROM Member m JOIN FETCH m.group WHERE m.accountUsername = :username AND m.leftAt IS NULL")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private ReferenceGroup group;

    @Column(name = "account_username", unique = true, length = 80)
    private String accountUsername;

    @Column(name = "full_name", nullable = false, length = TextLimits.NAME)
    private String fullName;

    @Column(name = "first_name", nullable = false, length = TextLimits.FIRST_NAME)
    private String firstName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MemberKind kind;

    @Column(length = 254)
    private String email;

    @Column(length = 30)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_contact", nullable = false, length = 10)
    private ContactMethod preferredContact;

    // Lazy: lists of suggestions name thousands of authors and never need their access needs.
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "rg_member_access_need", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "need", length = 20, nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<AccessNeed> accessNeeds = EnumSet.noneOf(AccessNeed.class);

    @Column(name = "other_needs", length = TextLimits.OTHER_NEEDS)
    private String otherNeeds;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    protected Member() {
    }

    public Member(ReferenceGroup group, String fullName, String firstName, MemberKind kind, String email,
                  String phone, ContactMethod preferredContact, Instant joinedAt) {
        this.group = group;
        this.fullName = TextLimits.require("fullName", fullName, TextLimits.NAME, "the member's name");
        this.firstName = firstName == null || firstName.isBlank()
                ? this.fullName.split("\\s+")[0] : TextLimits.require("firstName", firstName, TextLimits.FIRST_NAME, "their first name");
        this.kind = kind;
        this.email = email;
        this.phone = phone;
        this.preferredContact = preferredContact;
        this.joinedAt = joinedAt;
        if (preferredContact == ContactMethod.EMAIL && email == null) {
            throw new Refusal("contact", "Add an email address, or choose another way to contact them.");
        }
    }

    public void linkAccount(String username) {
        this.accountUsername = username;
    }

    public void recordAccessNeeds(Set<AccessNeed> needs, String other, ContactMethod contact) {
        if (contact == ContactMethod.EMAIL && email == null) {
            throw new Refusal("contact", "There is no email address for this member, so choose another way to contact them.");
        }
        this.accessNeeds = needs.isEmpty() ? EnumSet.noneOf(AccessNeed.class) : EnumSet.copyOf(needs);
        this.otherNeeds = TextLimits.optional("otherNeeds", other, TextLimits.OTHER_NEEDS, "other needs");
        this.preferredContact = contact;
    }

    public boolean belongsTo(ReferenceGroup other) {
        return group.getId().equals(other.getId());
    }

    public boolean hasAccount() {
        return accountUsername != null;
    }

    public Long getId() {
        return id;
    }

    public ReferenceGroup getGroup() {
        return group;
    }

    public String getAccountUsername() {
        return accountUsername;
    }

    public String getFullName() {
        return fullName;
    }

    public String getFirstName() {
        return firstName;
    }

    public MemberKind getKind() {
        return kind;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public ContactMethod getPreferredContact() {
        return preferredContact;
    }

    public Set<AccessNeed> getAccessNeeds() {
        return Set.copyOf(accessNeeds);
    }

    public String getOtherNeeds() {
        return otherNeeds;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
