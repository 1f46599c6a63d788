// Generated from the pack's facts by FactConstantsGenerator (regulations-ma tests): do not edit.
// A test fails when this file is stale. Regenerate with:
//   ./mvnw -B -ntp -pl core,regulations-ma test -Dtest=MassachusettsFactsTest -Dsurefire.failIfNoSpecifiedTests=false -Dregkit.record=true
package io.github.regkit.ma;

/**
 * The fact ids and allowed values of the Massachusetts pack ({@code US-MA}), as constants, so the
 * compiler checks the names a program uses. Generated from the pack's data: when a fact or a value
 * is renamed or removed, code that names it no longer compiles.
 *
 * <pre>{@code
 * Facts facts = Facts.builder()
 *     .set(MassachusettsFacts.ENTITY_KIND, MassachusettsFacts.EntityKind.PRIVATE_BUSINESS)
 *     .build();
 * }</pre>
 */
public final class MassachusettsFacts {
  private MassachusettsFacts() {}

  /**
   * {@code entity.kind}, one of {@link EntityKind}: What kind of organisation are you?
   *
   * <p>Decides who is a 'person' (201 CMR 17.02, M.G.L. c. 93H § 1, c. 93I § 1) and who is an
   * 'agency' under each statute's own definition: c. 93H covers every public body, state and local;
   * c. 93I names counties, cities, towns, constitutional offices and authorities created by the
   * General Court; c. 66A names executive-branch agencies, 'any constitutional or other office' and
   * such authorities, not cities or towns. 201 CMR 17.00 excludes agencies and political
   * subdivisions; 760 CMR 8.00 binds local housing and redevelopment authorities; 801 CMR 3.00
   * binds executive-branch agencies. A private party that holds personal data under a contract with
   * a public agency chooses 'agency-contractor' and names the agency under
   * entity.contracting-agency.
   */
  public static final String ENTITY_KIND = "entity.kind";

  /**
   * {@code entity.data-role}, one of {@link EntityDataRole}: Is the personal information yours, or
   * do you only store or maintain it on someone else's behalf?
   *
   * <p>M.G.L. c. 93H § 3(b) binds a person or agency that owns or licenses the data; § 3(a) binds
   * one that maintains or stores but does not own or license it. 201 CMR 17.02 counts both as 'owns
   * or licenses' when the information is received, stored, maintained, processed or accessed in
   * connection with goods, services or employment.
   */
  public static final String ENTITY_DATA_ROLE = "entity.data-role";

  /**
   * {@code data.elements}, a set of {@link DataElements}: Which data elements will the vendor
   * receive, store or process?
   *
   * <p>Decides whether the data is 'personal information': a resident's name with a Social Security
   * number, driver's licence or state ID number, or financial account or credit/debit card number
   * (M.G.L. c. 93H § 1, 201 CMR 17.02); c. 93I § 1 adds a biometric indicator; c. 66A 'personal
   * data' is any information readily associated with an individual. The definitions turn on the
   * data elements, not on the kind of record: numbers typed into a chat or spoken on a recorded
   * call count (see data.numbers-in-conversations).
   */
  public static final String DATA_ELEMENTS = "data.elements";

  /**
   * {@code data.numbers-in-conversations}, a set of {@link DataNumbersInConversations}: Which of
   * these numbers can customers disclose in the conversations the tool keeps (chat transcripts,
   * ticket bodies, attachments, call recordings)? Give an empty list only if none can arrive there
   * (for example because the tool blocks or redacts them).
   *
   * <p>Card, Social Security, driver's licence and account numbers arrive inside conversations even
   * when no form field asks for them. With the customer's name, each is personal information
   * (M.G.L. c. 93H § 1, 201 CMR 17.02, c. 93I § 1), so the conversations bring in c. 93H, c. 93I
   * and 201 CMR 17.00, and Social Security numbers bring in c. 93H § 3A.
   */
  public static final String DATA_NUMBERS_IN_CONVERSATIONS = "data.numbers-in-conversations";

  /**
   * {@code data.subjects}, a set of {@link DataSubjects}: Whose information will the vendor handle?
   *
   * <p>Massachusetts personal-information laws protect residents of the Commonwealth (M.G.L. c. 93H
   * § 1, c. 93I § 1, 201 CMR 17.02).
   */
  public static final String DATA_SUBJECTS = "data.subjects";

  /**
   * {@code vendor.activities}, a set of {@link VendorActivities}: What will the vendor do with the
   * data?
   *
   * <p>A service provider is any person that 'receives, stores, maintains, processes, or otherwise
   * is permitted access to personal information' through its services (201 CMR 17.02): a vendor
   * that only has access, or only disposes of records, is one. A vendor that maintains or stores
   * the data must notify its owner of a breach (M.G.L. c. 93H § 3(a)); a third party hired to
   * dispose of it has its own duty (c. 93I § 2).
   */
  public static final String VENDOR_ACTIVITIES = "vendor.activities";

  /**
   * {@code vendor.phone-calls}, true or false: Will the tool handle phone or voice calls between
   * customers and your people?
   *
   * <p>Calls are wire or oral communications under M.G.L. c. 272, § 99; secretly recording or
   * listening to them is an interception.
   */
  public static final String VENDOR_PHONE_CALLS = "vendor.phone-calls";

  /**
   * {@code vendor.live-chat}, true or false: Will customers chat or exchange messages in real time
   * with your human agents through the tool (live chat, SMS, messaging apps)?
   *
   * <p>Person-to-person chats and messaging are within M.G.L. c. 272, § 99 (Vita v. New England
   * Baptist Hospital, 494 Mass. 824 (2024): "Internet chats with other people"). A chatbot with no
   * person taking part, and the tracking of visitors' browsing on a website, are not (Vita); email
   * is not assessed by this pack.
   */
  public static final String VENDOR_LIVE_CHAT = "vendor.live-chat";

  /**
   * {@code vendor.conversation-capture}, a set of {@link VendorConversationCapture}: What will the
   * tool do with those conversations? (Give an empty list if it does none of these.)
   *
   * <p>Interception under M.G.L. c. 272, § 99 B.4 is to secretly hear or secretly record: live
   * listening, silent monitoring and real-time transcription count even when nothing is stored.
   */
  public static final String VENDOR_CONVERSATION_CAPTURE = "vendor.conversation-capture";

  /**
   * {@code vendor.carrier-telephone-equipment}, true or false: Is the call recording or monitoring
   * done with telephone equipment furnished by a communications common carrier or a
   * telephone-equipment supplier, integrated into your phone system and used in the ordinary course
   * of your business (for example quality monitoring)?
   *
   * <p>The SJC held such 'telephone equipment' used in the ordinary course of business is not an
   * intercepting device (O'Sullivan v. NYNEX Corp., 426 Mass. 261 (1997); Dillon v. MBTA, 49 Mass.
   * App. Ct. 309 (2000)). Whether a hosted customer-service tool qualifies is a question of fact:
   * answer only if you know.
   */
  public static final String VENDOR_CARRIER_TELEPHONE_EQUIPMENT = "vendor.carrier-telephone-equipment";

  /**
   * {@code entity.other-data-elements}, a set of {@link EntityOtherDataElements}: Apart from what
   * this vendor will handle, which of these data elements do you hold about Massachusetts
   * residents? (Give an empty list if none.)
   *
   * <p>Personal information (M.G.L. c. 93H § 1, 201 CMR 17.02; c. 93I § 1 adds a biometric
   * indicator) is a resident's name together with a Social Security number, driver's licence or
   * state ID number, or financial account or card number. 201 CMR 17.00 binds the organisation as a
   * whole if it owns or licenses any such information, not only the data given to this vendor.
   */
  public static final String ENTITY_OTHER_DATA_ELEMENTS = "entity.other-data-elements";

  /**
   * {@code entity.electronic-records}, true or false: Do you store or send personal information
   * electronically (computers, cloud services, email)?
   *
   * <p>201 CMR 17.04 adds computer-system requirements for every person that owns or licenses
   * personal information and electronically stores or transmits it.
   */
  public static final String ENTITY_ELECTRONIC_RECORDS = "entity.electronic-records";

  /**
   * {@code entity.portable-media}, true or false: Is personal information ever stored on laptops or
   * other portable devices or media: phones, USB drives, backup tapes, external disks?
   *
   * <p>201 CMR 17.04(5) requires encryption of all personal information stored on laptops or other
   * portable devices. Backup tapes and removable media count: the Attorney General's 2011
   * settlement with a savings bank faulted unencrypted backup tapes under the regulation. With none
   * stored there the element is met.
   */
  public static final String ENTITY_PORTABLE_MEDIA = "entity.portable-media";

  /**
   * {@code entity.accepts-card-payments}, true or false: Do you accept credit cards for business
   * transactions (including through the vendor's tool)?
   *
   * <p>M.G.L. c. 93, § 105(a) binds any person or business entity that accepts a credit card for a
   * business transaction.
   */
  public static final String ENTITY_ACCEPTS_CARD_PAYMENTS = "entity.accepts-card-payments";

  /**
   * {@code payments.card-form-pii}, one of {@link PaymentsCardFormPii}: What does your credit card
   * transaction form (paper or electronic, including the vendor's payment page) record or ask for
   * beyond the card details?
   *
   * <p>M.G.L. c. 93, § 105(a) forbids writing or requiring personal identification information the
   * card issuer does not require; a ZIP code is such information and an electronic form is a
   * transaction form (Tyler v. Michaels Stores, 464 Mass. 492 (2013)). Information needed for
   * shipping, delivery, installation or a warranty may be requested when the cardholder gives it
   * voluntarily.
   */
  public static final String PAYMENTS_CARD_FORM_PII = "payments.card-form-pii";

  /**
   * {@code entity.contracting-agency}, one of {@link EntityContractingAgency}: You hold personal
   * data under a contract or arrangement with a public agency: which kind of agency is it?
   *
   * <p>A person or entity that holds personal data under a contract or arrangement with an agency
   * is a 'holder' under M.G.L. c. 66A, § 1, but only for the data so held; 'agency' there means the
   * executive branch (including constitutional offices) and authorities created by the General
   * Court, not cities, towns or courts. A holder files notice of its personal data systems with the
   * state secretary (M.G.L. c. 30, § 63); an LHA's or LRA's contractor is a Holder under 760 CMR
   * 8.04.
   */
  public static final String ENTITY_CONTRACTING_AGENCY = "entity.contracting-agency";

  /**
   * {@code entity.statutory-authority}, true or false: Is your public body an authority created by
   * the General Court to serve a public purpose (statewide or local)?
   *
   * <p>Such an authority is an 'agency' under M.G.L. c. 66A § 1, and so a holder of the personal
   * data it collects, uses, maintains or disseminates.
   */
  public static final String ENTITY_STATUTORY_AUTHORITY = "entity.statutory-authority";

  /**
   * {@code entity.own-fipa-regulations}, true or false: Has your agency adopted its own regulations
   * under M.G.L. c. 66A (the Fair Information Practices Act)?
   *
   * <p>801 CMR 3.01(2): an agency as defined in c. 66A § 1 that is not within an Executive Office
   * is subject to 801 CMR 3.00 unless it adopts its own regulations consistent with 801 CMR 3.00.
   */
  public static final String ENTITY_OWN_FIPA_REGULATIONS = "entity.own-fipa-regulations";

  /**
   * {@code entity.federal-breach-procedures}, true or false: Do you maintain procedures for
   * responding to a breach of security under federal law (for example rules for financial
   * institutions or health care)?
   *
   * <p>M.G.L. c. 93H, § 5: a person that maintains such procedures is deemed to comply if it
   * notifies affected residents under them and also notifies the Attorney General and the OCABR
   * director.
   */
  public static final String ENTITY_FEDERAL_BREACH_PROCEDURES = "entity.federal-breach-procedures";

  /**
   * {@code entity.personal-data-system-change}, true or false: Will adopting this tool establish a
   * personal data system, or change the character of one (new categories of data, uses, users,
   * sources, or storage in an automated system)?
   *
   * <p>A holder under M.G.L. c. 66A files a notice with the state secretary upon the establishment,
   * termination or change in the character of a personal data system (M.G.L. c. 30, § 63).
   */
  public static final String ENTITY_PERSONAL_DATA_SYSTEM_CHANGE = "entity.personal-data-system-change";

  /**
   * {@code contract.signed-on}, a date: On what date was the current contract with the vendor
   * entered into?
   *
   * <p>Secondary sources report a proviso in 201 CMR 17.03(2)(f)2: a service-provider contract
   * entered into before March 1, 2010 was deemed compliant until March 1, 2012 even without a
   * security clause.
   */
  public static final String CONTRACT_SIGNED_ON = "contract.signed-on";

  /**
   * {@code controls.written-security-program}, true or false: Do you have a written comprehensive
   * information security program (WISP) with administrative, technical and physical safeguards?
   *
   * <p>Part of what satisfies 201 CMR 17.03(1); the program must also be implemented and maintained
   * (controls.security-program-followed).
   */
  public static final String CONTROLS_WRITTEN_SECURITY_PROGRAM = "controls.written-security-program";

  /**
   * {@code controls.security-program-followed}, true or false: Is the written program actually
   * implemented and followed: its safeguards in place, its procedures carried out, the people it
   * names doing what it says?
   *
   * <p>201 CMR 17.03(1) requires a program that is developed, implemented and maintained, not only
   * written. The Attorney General's 2011 settlement with a savings bank alleged a failure to follow
   * its written program.
   */
  public static final String CONTROLS_SECURITY_PROGRAM_FOLLOWED = "controls.security-program-followed";

  /**
   * {@code controls.program-owner}, true or false: Have you designated one or more employees to
   * maintain the security program?
   *
   * <p>A control that satisfies 201 CMR 17.03(2)(a).
   */
  public static final String CONTROLS_PROGRAM_OWNER = "controls.program-owner";

  /**
   * {@code controls.risk-assessment}, true or false: Do you identify and assess reasonably
   * foreseeable risks to records with personal information and evaluate your safeguards (training,
   * compliance, detection of failures)?
   *
   * <p>A control that satisfies 201 CMR 17.03(2)(b).
   */
  public static final String CONTROLS_RISK_ASSESSMENT = "controls.risk-assessment";

  /**
   * {@code controls.off-premises-policy}, true or false: Do you have employee policies on storing,
   * accessing and transporting records with personal information outside business premises?
   *
   * <p>A control that satisfies 201 CMR 17.03(2)(c).
   */
  public static final String CONTROLS_OFF_PREMISES_POLICY = "controls.off-premises-policy";

  /**
   * {@code controls.disciplinary-measures}, true or false: Does the program impose disciplinary
   * measures for violations of its rules?
   *
   * <p>A control that satisfies 201 CMR 17.03(2)(d) (paraphrase only).
   */
  public static final String CONTROLS_DISCIPLINARY_MEASURES = "controls.disciplinary-measures";

  /**
   * {@code controls.terminated-employee-access}, true or false: Do you prevent terminated employees
   * from accessing records with personal information?
   *
   * <p>A control that satisfies 201 CMR 17.03(2)(e) (paraphrase only).
   */
  public static final String CONTROLS_TERMINATED_EMPLOYEE_ACCESS = "controls.terminated-employee-access";

  /**
   * {@code controls.vendor-due-diligence}, true or false: Did you take reasonable steps to check
   * that the vendor is capable of maintaining appropriate security measures for personal
   * information?
   *
   * <p>A control that satisfies 201 CMR 17.03(2)(f)1.
   */
  public static final String CONTROLS_VENDOR_DUE_DILIGENCE = "controls.vendor-due-diligence";

  /**
   * {@code controls.contract-security-clause}, true or false: Does the contract require the vendor
   * to implement and maintain appropriate security measures for personal information?
   *
   * <p>A control that satisfies 201 CMR 17.03(2)(f)2.
   */
  public static final String CONTROLS_CONTRACT_SECURITY_CLAUSE = "controls.contract-security-clause";

  /**
   * {@code controls.physical-access-restrictions}, true or false: Are there reasonable restrictions
   * on physical access to records with personal information (locked rooms, cabinets or storage)?
   *
   * <p>A control that satisfies 201 CMR 17.03(2)(g) (wording unverified).
   */
  public static final String CONTROLS_PHYSICAL_ACCESS_RESTRICTIONS = "controls.physical-access-restrictions";

  /**
   * {@code controls.program-monitoring}, true or false: Do you regularly monitor that the security
   * program works as intended to prevent unauthorised access or use, and upgrade safeguards where
   * needed?
   *
   * <p>A control that satisfies 201 CMR 17.03(2)(h) (wording unverified).
   */
  public static final String CONTROLS_PROGRAM_MONITORING = "controls.program-monitoring";

  /**
   * {@code controls.scope-review}, true or false: Have you reviewed the scope of your security
   * measures for this change (adopting the vendor's tool), and do you review it at least once a
   * year?
   *
   * <p>A control that satisfies 201 CMR 17.03(2)(i): a review at least annually and whenever there
   * is a material change in business practices.
   */
  public static final String CONTROLS_SCOPE_REVIEW = "controls.scope-review";

  /**
   * {@code controls.incident-documentation}, true or false: Do you document the actions taken in
   * response to any security incident and hold a post-incident review?
   *
   * <p>A control that satisfies 201 CMR 17.03(2)(j) (wording unverified).
   */
  public static final String CONTROLS_INCIDENT_DOCUMENTATION = "controls.incident-documentation";

  /**
   * {@code controls.user-authentication}, true or false: Do your systems have secure user
   * authentication (control of user IDs, secure passwords or tokens, lockout after failed
   * attempts)?
   *
   * <p>A control that satisfies 201 CMR 17.04(1).
   */
  public static final String CONTROLS_USER_AUTHENTICATION = "controls.user-authentication";

  /**
   * {@code controls.access-control}, true or false: Is access to personal information restricted to
   * those who need it, with unique IDs and non-default passwords?
   *
   * <p>A control that satisfies 201 CMR 17.04(2).
   */
  public static final String CONTROLS_ACCESS_CONTROL = "controls.access-control";

  /**
   * {@code controls.encryption-in-transit}, true or false: Is personal information encrypted
   * whenever it travels across public networks (including to and from the vendor) or is sent
   * wirelessly?
   *
   * <p>A control that satisfies 201 CMR 17.04(3).
   */
  public static final String CONTROLS_ENCRYPTION_IN_TRANSIT = "controls.encryption-in-transit";

  /**
   * {@code controls.monitoring}, true or false: Do you reasonably monitor systems for unauthorised
   * use of or access to personal information?
   *
   * <p>A control that satisfies 201 CMR 17.04(4).
   */
  public static final String CONTROLS_MONITORING = "controls.monitoring";

  /**
   * {@code controls.portable-device-encryption}, true or false: Is all personal information on
   * laptops and other portable devices and media (phones, USB drives, backup tapes, external disks)
   * encrypted?
   *
   * <p>A control that satisfies 201 CMR 17.04(5).
   */
  public static final String CONTROLS_PORTABLE_DEVICE_ENCRYPTION = "controls.portable-device-encryption";

  /**
   * {@code controls.firewall-and-patches}, true or false: Do internet-connected systems holding
   * personal information have reasonably up-to-date firewall protection and operating-system
   * security patches?
   *
   * <p>A control that satisfies 201 CMR 17.04(6).
   */
  public static final String CONTROLS_FIREWALL_AND_PATCHES = "controls.firewall-and-patches";

  /**
   * {@code controls.security-agent-software}, true or false: Do systems run reasonably up-to-date
   * security agent software with malware protection, patches and virus definitions?
   *
   * <p>A control that satisfies 201 CMR 17.04(7).
   */
  public static final String CONTROLS_SECURITY_AGENT_SOFTWARE = "controls.security-agent-software";

  /**
   * {@code controls.security-training}, true or false: Are employees educated and trained on the
   * proper use of the computer security system and the importance of personal information security?
   *
   * <p>A control that satisfies 201 CMR 17.04(8) (wording unverified).
   */
  public static final String CONTROLS_SECURITY_TRAINING = "controls.security-training";

  /**
   * {@code controls.disposal-procedure}, true or false: When you dispose of records with personal
   * information, are paper records redacted, burned, pulverised or shredded and electronic media
   * destroyed or erased so they cannot practicably be read or reconstructed?
   *
   * <p>A control that satisfies M.G.L. c. 93I, § 2.
   */
  public static final String CONTROLS_DISPOSAL_PROCEDURE = "controls.disposal-procedure";

  /**
   * {@code controls.all-parties-know}, true or false: Does every party to a recorded, monitored or
   * transcribed conversation actually know of it before it starts (a recording announcement, a
   * notice in the chat window), or give prior authority?
   *
   * <p>Interception is to 'secretly' hear or record 'by any person other than a person given prior
   * authority by all parties' (M.G.L. c. 272, § 99 B.4); secretly is read as without the person's
   * actual knowledge (Commonwealth v. Du (2024), as reported by secondary sources). A control that
   * satisfies § 99 C.1.
   */
  public static final String CONTROLS_ALL_PARTIES_KNOW = "controls.all-parties-know";

  /** The allowed values of {@link #ENTITY_KIND} ({@code entity.kind}). */
  public static final class EntityKind {
    private EntityKind() {}

    /**
     * {@code private-business}: a private business (corporation, partnership, LLC, sole
     * proprietor), incorporated anywhere.
     */
    public static final String PRIVATE_BUSINESS = "private-business";

    /** {@code nonprofit}: a private nonprofit organisation. */
    public static final String NONPROFIT = "nonprofit";

    /**
     * {@code executive-agency}: a Massachusetts executive-branch agency (an executive office, or an
     * agency, department, board, commission, authority or instrumentality within one).
     */
    public static final String EXECUTIVE_AGENCY = "executive-agency";

    /**
     * {@code constitutional-office}: a constitutional office (for example the offices of the
     * Attorney General, the Secretary of the Commonwealth, the Treasurer or the State Auditor).
     */
    public static final String CONSTITUTIONAL_OFFICE = "constitutional-office";

    /** {@code local-housing-authority}: a local housing authority (LHA). */
    public static final String LOCAL_HOUSING_AUTHORITY = "local-housing-authority";

    /** {@code local-redevelopment-authority}: a local redevelopment authority (LRA). */
    public static final String LOCAL_REDEVELOPMENT_AUTHORITY = "local-redevelopment-authority";

    /** {@code city-or-town}: a city, town or county, or a department or board of one. */
    public static final String CITY_OR_TOWN = "city-or-town";

    /**
     * {@code other-public-body}: another public body: a court, or an authority or body not named
     * above.
     */
    public static final String OTHER_PUBLIC_BODY = "other-public-body";

    /**
     * {@code agency-contractor}: a private party that holds personal data under a contract or
     * arrangement with a public agency to perform a governmental or public function.
     */
    public static final String AGENCY_CONTRACTOR = "agency-contractor";
  }

  /** The allowed values of {@link #ENTITY_DATA_ROLE} ({@code entity.data-role}). */
  public static final class EntityDataRole {
    private EntityDataRole() {}

    /**
     * {@code owns-or-licenses}: you own or license the personal information (it is yours: your
     * customers, employees, tenants).
     */
    public static final String OWNS_OR_LICENSES = "owns-or-licenses";

    /**
     * {@code maintains-or-stores-only}: you only maintain or store it for someone else (for example
     * as a hosted service provider), and do not own or license it.
     */
    public static final String MAINTAINS_OR_STORES_ONLY = "maintains-or-stores-only";
  }

  /** The allowed values of {@link #DATA_ELEMENTS} ({@code data.elements}). */
  public static final class DataElements {
    private DataElements() {}

    /** {@code name}: first name and last name, or first initial and last name. */
    public static final String NAME = "name";

    /** {@code ssn}: Social Security number. */
    public static final String SSN = "ssn";

    /** {@code drivers-license}: driver's licence number. */
    public static final String DRIVERS_LICENSE = "drivers-license";

    /** {@code ma-state-id}: Massachusetts identification card number. */
    public static final String MA_STATE_ID = "ma-state-id";

    /** {@code other-state-id}: another state's identification card number. */
    public static final String OTHER_STATE_ID = "other-state-id";

    /** {@code financial-account}: financial account number. */
    public static final String FINANCIAL_ACCOUNT = "financial-account";

    /** {@code payment-card}: credit or debit card number. */
    public static final String PAYMENT_CARD = "payment-card";

    /**
     * {@code biometric}: biometric indicator (fingerprint, voiceprint, face geometry and the like).
     */
    public static final String BIOMETRIC = "biometric";

    /** {@code email}: email address. */
    public static final String EMAIL = "email";

    /** {@code phone}: telephone number. */
    public static final String PHONE = "phone";

    /** {@code postal-address}: postal address. */
    public static final String POSTAL_ADDRESS = "postal-address";

    /**
     * {@code chat-transcripts}: chat or messaging transcripts, ticket bodies and their attachments.
     */
    public static final String CHAT_TRANSCRIPTS = "chat-transcripts";

    /** {@code call-recordings}: recordings or transcripts of phone calls. */
    public static final String CALL_RECORDINGS = "call-recordings";

    /** {@code other}: other information that identifies an individual. */
    public static final String OTHER = "other";
  }

  /**
   * The allowed values of {@link #DATA_NUMBERS_IN_CONVERSATIONS} ({@code
   * data.numbers-in-conversations}).
   */
  public static final class DataNumbersInConversations {
    private DataNumbersInConversations() {}

    /** {@code ssn}: Social Security number. */
    public static final String SSN = "ssn";

    /** {@code drivers-license}: driver's licence number. */
    public static final String DRIVERS_LICENSE = "drivers-license";

    /** {@code ma-state-id}: Massachusetts identification card number. */
    public static final String MA_STATE_ID = "ma-state-id";

    /** {@code other-state-id}: another state's identification card number. */
    public static final String OTHER_STATE_ID = "other-state-id";

    /** {@code financial-account}: financial account number. */
    public static final String FINANCIAL_ACCOUNT = "financial-account";

    /** {@code payment-card}: credit or debit card number. */
    public static final String PAYMENT_CARD = "payment-card";
  }

  /** The allowed values of {@link #DATA_SUBJECTS} ({@code data.subjects}). */
  public static final class DataSubjects {
    private DataSubjects() {}

    /** {@code ma-consumers}: Massachusetts residents who are customers or consumers. */
    public static final String MA_CONSUMERS = "ma-consumers";

    /** {@code ma-employees}: Massachusetts residents who are employees or job applicants. */
    public static final String MA_EMPLOYEES = "ma-employees";

    /** {@code ma-tenants}: Massachusetts residents who are tenants or applicants for housing. */
    public static final String MA_TENANTS = "ma-tenants";

    /** {@code other-individuals}: people who are not Massachusetts residents. */
    public static final String OTHER_INDIVIDUALS = "other-individuals";
  }

  /** The allowed values of {@link #VENDOR_ACTIVITIES} ({@code vendor.activities}). */
  public static final class VendorActivities {
    private VendorActivities() {}

    /** {@code receives}: receives the data. */
    public static final String RECEIVES = "receives";

    /** {@code stores}: stores or maintains the data. */
    public static final String STORES = "stores";

    /** {@code processes}: processes the data. */
    public static final String PROCESSES = "processes";

    /**
     * {@code accesses}: has access to the data without keeping a copy (remote support, screen
     * sharing, administrator access to your systems).
     */
    public static final String ACCESSES = "accesses";

    /**
     * {@code transmits-over-public-networks}: the data travels between you and the vendor over the
     * internet or another public network.
     */
    public static final String TRANSMITS_OVER_PUBLIC_NETWORKS = "transmits-over-public-networks";

    /** {@code wireless}: the data is transmitted wirelessly. */
    public static final String WIRELESS = "wireless";

    /**
     * {@code disposes}: disposes of records containing the data (erasure, shredding, destruction).
     */
    public static final String DISPOSES = "disposes";
  }

  /**
   * The allowed values of {@link #VENDOR_CONVERSATION_CAPTURE} ({@code
   * vendor.conversation-capture}).
   */
  public static final class VendorConversationCapture {
    private VendorConversationCapture() {}

    /** {@code records}: records or keeps them (audio, transcripts). */
    public static final String RECORDS = "records";

    /**
     * {@code live-monitoring}: lets someone listen in or read along as they happen (silent
     * monitoring, barge-in).
     */
    public static final String LIVE_MONITORING = "live-monitoring";

    /**
     * {@code real-time-analysis}: transcribes or analyses them as they happen (real-time
     * transcription, agent assist, sentiment analysis).
     */
    public static final String REAL_TIME_ANALYSIS = "real-time-analysis";
  }

  /**
   * The allowed values of {@link #ENTITY_OTHER_DATA_ELEMENTS} ({@code entity.other-data-elements}).
   */
  public static final class EntityOtherDataElements {
    private EntityOtherDataElements() {}

    /** {@code name}: first name and last name, or first initial and last name. */
    public static final String NAME = "name";

    /** {@code ssn}: Social Security number. */
    public static final String SSN = "ssn";

    /** {@code drivers-license}: driver's licence number. */
    public static final String DRIVERS_LICENSE = "drivers-license";

    /** {@code ma-state-id}: Massachusetts identification card number. */
    public static final String MA_STATE_ID = "ma-state-id";

    /** {@code other-state-id}: another state's identification card number. */
    public static final String OTHER_STATE_ID = "other-state-id";

    /** {@code financial-account}: financial account number. */
    public static final String FINANCIAL_ACCOUNT = "financial-account";

    /** {@code payment-card}: credit or debit card number. */
    public static final String PAYMENT_CARD = "payment-card";

    /**
     * {@code biometric}: biometric indicator (fingerprint, voiceprint, face geometry and the like).
     */
    public static final String BIOMETRIC = "biometric";

    /** {@code email}: email address. */
    public static final String EMAIL = "email";

    /** {@code phone}: telephone number. */
    public static final String PHONE = "phone";

    /** {@code postal-address}: postal address. */
    public static final String POSTAL_ADDRESS = "postal-address";

    /**
     * {@code chat-transcripts}: chat or messaging transcripts, ticket bodies and their attachments.
     */
    public static final String CHAT_TRANSCRIPTS = "chat-transcripts";

    /** {@code call-recordings}: recordings or transcripts of phone calls. */
    public static final String CALL_RECORDINGS = "call-recordings";

    /** {@code other}: other information that identifies an individual. */
    public static final String OTHER = "other";
  }

  /** The allowed values of {@link #PAYMENTS_CARD_FORM_PII} ({@code payments.card-form-pii}). */
  public static final class PaymentsCardFormPii {
    private PaymentsCardFormPii() {}

    /**
     * {@code nothing-more}: nothing: no address, telephone number, ZIP code or other personal
     * identification information.
     */
    public static final String NOTHING_MORE = "nothing-more";

    /** {@code issuer-required-only}: only what the card issuer requires. */
    public static final String ISSUER_REQUIRED_ONLY = "issuer-required-only";

    /**
     * {@code voluntary-delivery-details}: beyond what the issuer requires, only details needed for
     * shipping, delivery, installation or a warranty, which the cardholder gives voluntarily.
     */
    public static final String VOLUNTARY_DELIVERY_DETAILS = "voluntary-delivery-details";

    /**
     * {@code other-identification}: other personal identification information, required or recorded
     * (for example a ZIP code, address or telephone number the issuer does not require).
     */
    public static final String OTHER_IDENTIFICATION = "other-identification";
  }

  /**
   * The allowed values of {@link #ENTITY_CONTRACTING_AGENCY} ({@code entity.contracting-agency}).
   */
  public static final class EntityContractingAgency {
    private EntityContractingAgency() {}

    /**
     * {@code executive-agency}: a Massachusetts executive-branch agency or constitutional office.
     */
    public static final String EXECUTIVE_AGENCY = "executive-agency";

    /**
     * {@code local-housing-or-redevelopment-authority}: a local housing authority or local
     * redevelopment authority.
     */
    public static final String LOCAL_HOUSING_OR_REDEVELOPMENT_AUTHORITY = "local-housing-or-redevelopment-authority";

    /**
     * {@code other-authority}: another authority created by the General Court to serve a public
     * purpose.
     */
    public static final String OTHER_AUTHORITY = "other-authority";

    /**
     * {@code non-fipa-public-body}: a city, town, county, court or other public body that is none
     * of the above.
     */
    public static final String NON_FIPA_PUBLIC_BODY = "non-fipa-public-body";
  }
}
