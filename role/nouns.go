package role

// The nouns that end the titles of roles.

// singleRoles are nouns that name a role alone ("Mayor", "Treasurer").
var singleRoles = map[string]bool{
	"mayor": true, "treasurer": true, "ombudsperson": true, "ombudsman": true, "registrar": true,
	"provost": true, "bursar": true, "comptroller": true, "controller": true, "chancellor": true,
	"superintendent": true, "sheriff": true, "coroner": true, "chairperson": true, "chairman": true,
	"chairwoman": true, "vice-chancellor": true, "dean": true, "attorney": true,
}

// headingNouns end titles that a heading gives ("Fire Chief", "City
// Attorney"), besides roleNouns.
var headingNouns = map[string]bool{"chief": true, "attorney": true, "solicitor": true, "matron": true, "guardian": true, "champion": true}

// roleNouns end the titles of roles that are no "chief … officer".
var roleNouns = map[string]bool{
	"director": true, "manager": true, "head": true, "counsel": true, "auditor": true,
	"chancellor": true, "provost": true, "registrar": true, "secretary": true, "president": true,
	"chair": true, "chairman": true, "chairwoman": true, "chairperson": true, "dean": true,
	"engineer": true, "clerk": true, "controller": true, "comptroller": true, "treasurer": true,
	"lead": true, "architect": true, "administrator": true, "superintendent": true,
	"commissioner": true, "editor": true, "bursar": true, "principal": true, "rector": true,
	"warden": true, "nurse": true, "physician": true, "surgeon": true, "partner": true,
	"executive": true, "trustee": true, "governor": true, "librarian": true, "curator": true,
	"coordinator": true, "advisor": true, "adviser": true, "ombudsman": true, "ombudsperson": true,
	"inspector": true, "steward": true, "officer": true, "leader": true, "owner": true,
	"vp": true, "svp": true, "evp": true, "avp": true, "worker": true, "guardian": true,
	"matron": true, "midwife": true, "pharmacist": true, "scrutineer": true, "solicitor": true,
	"pilot": true, "captain": true, "purser": true, "agent": true, "collector": true,
	"recorder": true, "epidemiologist": true, "dispatcher": true, "master": true,
}

// tradeNouns end the titles of trades and posts below the top table, with
// the letters that stand for them ("Head Brewer (HB)", "QC Technician
// (QCT)", "TSR: Trade Sales Rep"): nouns of a person, not of a thing (no
// "planner", "driver", "register"). A heading of one ("Lab Technician")
// is no role's section: the letters say it is a post.
var tradeNouns = map[string]bool{
	"supervisor": true, "technician": true, "assistant": true, "analyst": true, "specialist": true,
	"operative": true, "operator": true, "brewer": true, "rep": true, "representative": true,
	"consultant": true, "buyer": true, "accountant": true, "chef": true, "receptionist": true,
	"porter": true, "ranger": true, "therapist": true, "practitioner": true, "scientist": true,
	"teacher": true, "tutor": true, "lecturer": true, "instructor": true, "trainer": true,
	"counsellor": true, "counselor": true, "paramedic": true, "dentist": true, "hygienist": true,
	"surveyor": true, "designer": true, "developer": true, "producer": true, "reporter": true,
	"journalist": true, "correspondent": true, "investigator": true, "advocate": true,
	"liaison": true, "marshal": true, "foreman": true, "forewoman": true, "attendant": true,
	"housekeeper": true, "mechanic": true, "technologist": true, "electrician": true,
	"cashier": true, "underwriter": true, "actuary": true, "economist": true, "statistician": true,
	"researcher": true, "apprentice": true, "chaplain": true, "housemaster": true,
	"housemistress": true, "keeper": true, "distiller": true, "veterinarian": true,
	"radiographer": true, "physiotherapist": true, "psychologist": true, "optometrist": true,
	"optician": true, "caretaker": true, "assessor": true, "examiner": true, "invigilator": true,
	"archivist": true, "conservator": true, "educator": true, "sommelier": true,
}
