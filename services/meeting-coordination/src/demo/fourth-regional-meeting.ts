// The 4th Regional Roadmap Coordination Meeting (online, 25-26 November 2020) as its notes (seed 004) record it:
// the participants the notes name (gender from the notes' "Mr."/"Ms." or, for an "H.E.", their "he"; never
// guessed), what each session heard, the comments, and the needs for support the SALW Commissions expressed.
// Nothing here that the notes do not say: "Mr. Sallahu" (Pristina) is left out, the notes give neither his first
// name nor his organization; the meeting's full list of participants is not in the seeds.

type Category = 'salw_commission' | 'jurisdiction_delegation' | 'partner_organization' | 'donor' | 'secretariat';
type Person = [participantId: string, name: string, organization: string, role: string, gender: 'female' | 'male', category: Category, jurisdiction?: string];

const PEOPLE: Person[] = [
  ['bojana-balon', 'Bojana Balon', 'UNDP SEESAC', 'Head of SEESAC; Secretariat of the Western Balkans MPTF', 'female', 'secretariat'],
  ['floriana-sipala', 'Floriana Sipala', 'DG Migration and Home Affairs (DG HOME), European Commission', 'Head of Unit D.5, Organised Crime and Drugs Policy', 'female', 'donor'],
  ['albrecht-von-wittke', 'Albrecht von Wittke', 'Federal Foreign Office, Germany', 'Director of Division, Conventional Arms Control', 'male', 'donor'],
  ['jean-claude-brunet', 'H.E. Jean-Claude Brunet', 'France', 'Ambassador-at-large on transitional criminal threats and the fight against the illicit trafficking of SALW', 'male', 'donor'],
  ['gerd-trogemann', 'Gerd Trogemann', 'UNDP Istanbul Regional Hub', 'Manager', 'male', 'partner_organization'],
  ['amer-kapetanovic', 'Amer Kapetanović', 'Regional Cooperation Council', 'Head of Political Department', 'male', 'partner_organization'],
  ['juliana-buzi', 'Juliana Buzi', 'SEESAC', 'Regional Cooperation Specialist', 'female', 'secretariat'],
  ['alain-lapon', 'Alain Lapon', 'SEESAC', 'Chief Technical Adviser', 'male', 'secretariat'],
  ['zoran-lazarov', 'Zoran Lazarov', 'SALW Coordination Council; Ministry of Interior', 'Assistant Minister', 'male', 'salw_commission', 'belgrade'],
  ['miodrag-lazic', 'Miodrag Lazic', 'Ministry of Interior', 'Head of the Department of European Affairs and Planning', 'male', 'jurisdiction_delegation', 'belgrade'],
  ['jasmina-roskic', 'Jasmina Roskic', 'Ministry of Trade, Tourism and Telecommunication (MoTTT)', 'Head of Department', 'female', 'jurisdiction_delegation', 'belgrade'],
  ['milan-tkalac', 'Milan Tkalac', "Appellate Public Prosecutor's Office", 'Public Prosecutor', 'male', 'jurisdiction_delegation', 'belgrade'],
  ['mladen-markovic', 'Mladen Markovic', 'SALW Commission', 'President of the SALW Commission', 'male', 'salw_commission', 'podgorica'],
  ['destan-mustafa', 'Destan Mustafa', 'Department of Public Safety', 'Head of the Division for Weapons, Ammunitions and Explosives', 'male', 'jurisdiction_delegation', 'pristina'],
  ['burim-kadriu', 'Burim Kadriu', 'Department of Public Safety', 'Senior Officer', 'male', 'jurisdiction_delegation', 'pristina'],
  ['ermin-pesto', 'Ermin Pesto', 'SALW Coordination Board; Ministry of Security', 'Head of SALW Coordination Board; Assistant Minister', 'male', 'salw_commission', 'sarajevo'],
  ['damir-karahodzic', 'Damir Karahodzic', 'Ministry of Foreign Trade and Economic Relations; SALW Coordination Board', 'Head of the Department for Regulation of Weapons Production; Member of the SALW Coordination Board', 'male', 'salw_commission', 'sarajevo'],
  ['lidija-petrova', 'Lidija Petrova', 'SALW Commission', 'National focal point for SALW', 'female', 'salw_commission', 'skopje'],
  ['besfort-lamallari', 'Besfort Lamallari', 'SALW Commission', 'Deputy Minister; Chair of SALW Commission', 'male', 'salw_commission', 'tirana'],
  ['ilirjan-balla', 'Ilirjan Balla', 'Albanian State Police', 'Head of FFP', 'male', 'jurisdiction_delegation', 'tirana'],
  ['kujtim-luli', 'Kujtim Luli', 'General Prosecution Office', 'Chief of Sector/Prosecution', 'male', 'jurisdiction_delegation', 'tirana'],
  ['gramos-sulaj', 'Gramos Sulaj', 'Albanian State Police', 'Representative', 'male', 'jurisdiction_delegation', 'tirana'],
  ['blerim-caka', 'Blerim Caka', 'Ministry of Defense', 'Representative', 'male', 'jurisdiction_delegation', 'tirana'],
  ['emmanuel-valens', 'Emmanuel Valens', 'DG Migration and Home Affairs, European Commission', 'Policy Officer', 'male', 'donor'],
  ['fausto-brindis-abraham', 'Fausto Octavio Brindis Abraham', 'Parliamentary Forum on SALW', 'Programme Officer', 'male', 'partner_organization'],
  ['diman-dimov', 'Diman Dimov', 'UNODC Global Firearms Programme', 'Crime Prevention and Criminal Justice Officer', 'male', 'partner_organization'],
  ['clemens-koja', 'H.E. Clemens Koja', 'OSCE Mission in Skopje', 'Head of Mission', 'male', 'partner_organization'],
  ['meri-atanasovski', 'Meri Atanasovski', 'UNDP CO North Macedonia', 'Project Manager', 'female', 'partner_organization'],
  ['slobodan-boskovic', 'Slobodan Boskovic', 'OSCE', 'Project Officer, Conflict Prevention Centre/FSC Support Section', 'male', 'partner_organization'],
  ['eirini-lemos-maniati', 'Eirini Lemos-Maniati', 'NATO HQ', 'Deputy Director, Arms Control, Disarmament and WMD Non-Proliferation Center', 'female', 'partner_organization'],
  ['sabina-beber-bostjancic', 'Sabina Beber Bostjancic', 'ITF Enhancing Human Security', 'Deputy Director', 'female', 'partner_organization'],
  ['carapic', 'Carapic', 'GICHD', 'Participant (the notes give no first name nor position)', 'female', 'partner_organization'],
  ['sarah-mcaveety', 'Sarah McAveety', 'British Embassy in Tirana', 'Justice and Home Affairs Regional Adviser', 'female', 'donor'],
  ['ena-kulenovic', 'Ena Kulenovic', 'German Federal Office for Economic Affairs and Export Control (BAFA)', 'Project Manager', 'female', 'partner_organization'],
  ['georgios-kritikos', 'Georgios Kritikos', 'European External Action Service', 'Deputy Head of Division for Disarmament, Non-proliferation and Arms Exports Control', 'male', 'donor'],
];

export const PARTICIPANTS = PEOPLE.map(([participantId, name, organization, role, gender, category, jurisdiction]) => ({
  participantId,
  name,
  organization,
  role,
  gender,
  category,
  ...(jurisdiction ? { jurisdiction } : {}),
}));

/** What each session heard, in the notes' words and figures (abridged). */
export const SESSION_NOTES: Record<string, string> = {
  opening:
    'DG HOME (Floriana Sipala): the newly adopted EU Action Plan on Firearms Trafficking integrates the substance and KPIs of the Roadmap. Germany (Albrecht von Wittke): the value of the Roadmap lies in it being fully regionally owned; Germany and France remain fully committed. France (H.E. Jean-Claude Brunet): three priorities: harmonization of the legal framework, increasing the seizure of illegal firearms, supporting criminal investigations and prosecutions. UNDP (Gerd Trogemann) thanked the EU, Germany, France, the UK, Norway, Sweden and the Netherlands for their contributions to the MPTF. RCC (Amer Kapetanovic) praised the Roadmap coordination and monitoring mechanism.',
  'session-1': 'Juliana Buzi (SEESAC) presented the 4th Regional Roadmap Progress Report / Key findings on Roadmap implementation based on KPIs and Roadmap Goals.',
  'session-2':
    'Belgrade: the 4th Regional report was submitted despite COVID-19 and parliamentary elections; the Law amending the Law on Weapons and Ammunition adopted; Strategy on SALW Control 2019-2024 and Action Plan 2019-2020 adopted; Firearm Focal Point team established. Podgorica: Draft Law on amendments to the Law on weapons sent to the European Commission; SALW Control Strategy 2019-2024 adopted. Pristina: review of the arms control laws initiated; the Law on the Trade of Strategic Goods is approximately 80% harmonized with the EU directives; SALW Control Strategy 2017-2021 fully harmonized with the Roadmap. Sarajevo: the Una-Sana Canton adopted a new Law on Weapons harmonized with the EU directives; Brčko District drafting its Law on Weapons; a new SALW Control Strategy in the proposal phase. Skopje: Rulebook on firearms deactivation submitted to the Assembly; SALW Control Strategy and Action Plan valid 2017-2021; a working group for the new Strategy established. Tirana: amendments to the Law on Weapons prepared; Strategy for SALW Control 2019-2024 and Action Plan 2019-2021 in place.',
  'session-3':
    'Belgrade: FFP formally established, operationalization ongoing; 232 tracing requests in iARMS, 230 answered, 2 being processed; three joint investigation teams operational; 1252 cases of illegal possession of firearms, 167 dismissed, 329 solved with a conviction, 109 solved in another way. Podgorica: FFP in the Criminal Intelligence Department; iARMS: 14 records, 25 searches, 0 hits, 18 trace requests; 141 cases of illegal possession, 20 dismissed, 98 pending. Pristina: FFP fully operational since 2016; 12 lost/stolen firearms sent for registration in iARMS; 2 cases of firearms trafficking; 105 risk profiles, 7,122 second line checks, 11 cases of forbidden goods prevented; 5 dogs purchased for the K9 Unit. Sarajevo: FFP not yet established; 83 cases opened (50 at the request of INTERPOL member states, 10 of domestic police agencies, 23 through SIENA). Skopje: FFP established in OKTIV; information exchanged on six cases with EUROPOL and 26 with INTERPOL. Tirana: FFP of six members and a director; seven records for lost/stolen weapons in iARMS, 62 searches; six criminal offenses of trafficking under investigation; two cases of trafficking identified at border crossing points.',
  'session-4':
    'Belgrade: 6,465 firearms seized from legal owners; 32,161 registered weapons surrendered; 58,450 weapons re-registered; 541 legalized (March-August campaign); 276 deactivated. Podgorica: around 90 firearms, 51 mines and explosive devices and around 572 pieces of ammunition voluntarily surrendered; 149 criminal charges for illegal possession in the first half of the year; no deactivation reported. Pristina: two meetings on the misuse of SALW with private and legal entities; no legalization or voluntary surrender this year. Sarajevo: awareness activities reduced by one third; 4 firearms seized on the borders and 98 inland; 202 firearms and 3709 pieces of ammunition voluntarily surrendered, 80 legalized, 14 deactivated. Skopje: 60 criminal offences related to SALW reported. Tirana: only 3 firearms voluntarily surrendered; 14 incidents with firearms in legal possession and 47 in illegal possession.',
  'session-5':
    'NATO (Eirini Lemos-Maniati): NATO supports demilitarization and destruction of surplus in Serbia and Montenegro and an ongoing project in Bosnia and Herzegovina. Belgrade: no destruction of firearms by the MoI (COVID-19); the Ministry of Defense demilitarized 37,4 tons of ammunition and dismantled 176,590 pieces of SALW, mines, hand grenades and lighters. Podgorica: 240 acoustic bottom-influence mines destroyed; approximately 84 tons of explosive ordnance destroyed; 4 tons of unexploded ordnance collected. Pristina: no surpluses, no destruction; 33 inspections of storage facilities, 40 percent owned by legal entities. Sarajevo: 275 tonnes destroyed; 40,169 pieces of SALW marked. Skopje: no destruction; 41 cases of stolen weapons. Tirana: no destruction of surpluses; upgrades to three underground storage facilities.',
  'session-6':
    'Bojana Balon (SEESAC, Secretariat of the MPTF): the current contributors (Germany, UK, Netherlands, Sweden, France and Norway) amount to over 12 million US dollars; Steering Committee: ex officio Germany, France and EU; top three donors UK, Netherlands and Sweden; participating organizations UNDP and UNODC; the Administrative Agent (MPTF Office) and the Secretariat without votes. Four projects under implementation, five approved to start between January and April 2021, one co-developed by UNODC and INTERPOL in approval. Pledges: Germany EUR 3 million to the MPTF for new projects, and EUR 1 million to the OSCE repository program; France EUR 300,000 to the OSCE program (canine capability, deactivation, a visit to Saint-Etienne Proof House) and will continue to contribute to the MPTF in 2021.',
};

/** The comments the notes record, by session. */
export const COMMENTS = [
  { sessionId: 'session-2', author: 'Emmanuel Valens', organization: 'DG Migration and Home Affairs, European Commission', text: 'Reminded the SALW Commissions to write directly to the Firearms Task-Force of DG Migration and Home Affairs, especially with respect to draft legislation.' },
  { sessionId: 'session-2', author: 'Fausto Octavio Brindis Abraham', organization: 'Parliamentary Forum on SALW', text: "Inquired on SALW Commissions' cooperation with the parliaments in the region." },
  { sessionId: 'session-2', author: 'Ermin Pesto', organization: 'SALW Coordination Board', text: 'The SALW Coordination Board submits annual reports on Strategy implementation to the Council of Ministers and Parliament – Committee for Security.' },
  { sessionId: 'session-2', author: 'Miodrag Lazic', organization: 'Ministry of Interior of the Republic of Serbia', text: 'Regular consultations are conducted during the adoption of strategic documents, with invitations sent to representatives of the Parliament.' },
  { sessionId: 'session-2', author: 'Jasmina Roskic', organization: 'Ministry of Trade, Tourism and Telecommunication of the Republic of Serbia', text: 'The annual report on arms exports is also submitted to the Parliament and presented to the Committee on Economy and the Committee on Security.' },
  { sessionId: 'session-3', author: 'Diman Dimov', organization: 'UNODC Global Firearms Programme', text: 'Article 348 of the Serbian Criminal Code is not harmonized with the firearms protocol; the same in Montenegro and North Macedonia. UNODC is developing a gap and needs analysis for the detection of firearms in postal parcels in North Macedonia, pending approval.' },
  { sessionId: 'session-3', author: 'H.E. Clemens Koja', organization: 'OSCE Mission in Skopje', text: 'Physical and ICT security upgrades for 11 border police stations initiated; support to the K-9 capacity of the police to detect SALW, ammunition and explosives.' },
  { sessionId: 'session-3', author: 'Meri Atanasovski', organization: 'UNDP CO North Macedonia', text: 'The upgrade of the Weapons Registration and Stockpile Management Software (WRMS) is in its final stage; trainings completed for 120 end users.' },
  { sessionId: 'session-4', author: 'H.E. Jean-Claude Brunet', organization: 'France', text: 'Support to the deactivation of firearms is a clear priority for France: France and OSCE co-developed a project with an online conference and a visit to the Saint-Etienne Proof House.' },
  { sessionId: 'session-4', author: 'Slobodan Boskovic', organization: 'OSCE', text: 'The OSCE will consider opportunities to further support jurisdictions in 2021 to conduct outreach and awareness raising.' },
  { sessionId: 'session-5', author: 'Sabina Beber Bostjancic', organization: 'ITF Enhancing Human Security', text: 'Called upon closer coordination among international stakeholders to maximize utilization of available resources and avoid the duplication of activities.' },
  { sessionId: 'session-6', author: 'Diman Dimov', organization: 'UNODC Global Firearms Programme', text: 'In response to Ms. Carapic (GICHD): other organizations can apply to MPTF funds through co-application with UNDP and/or UNODC.' },
];

/** The needs for support the SALW Commissions expressed (goal only where the notes tie it to one). */
export const SUPPORT_NEEDS = [
  { jurisdiction: 'skopje', goal: 2, description: 'Support of SEESAC to the development of the new SALW Control Strategy (request made)' },
  { jurisdiction: 'podgorica', description: 'Additional support to the "Respect life, return weapons" awareness raising campaign' },
  { jurisdiction: 'podgorica', description: 'Trainings to support canine explosives detection capabilities' },
  { jurisdiction: 'tirana', description: 'Further support to capacity building that would enhance internal coordination' },
  { jurisdiction: 'podgorica', description: 'Additional funds to increase the security measures in one military storage' },
  { jurisdiction: 'pristina', description: 'Capacity building and training of the inspectors' },
  { jurisdiction: 'pristina', goal: 6, description: 'Establishment of the system for registration of destroyed weapons' },
  { jurisdiction: 'pristina', goal: 6, description: 'An ecologically more favorable destruction process than melting' },
  { jurisdiction: 'skopje', description: 'International assistance and technical support for the upgrade of 16 storage facilities' },
  { jurisdiction: 'skopje', description: 'Support to upgrade evidence rooms' },
];
