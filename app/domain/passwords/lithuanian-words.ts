// Words Lithuanian users build weak passwords from, for the strength check
// (app/lib/password-strength.server.ts): the word "password", greetings, the country, the
// cities, common first names, months, days, pets, football and basketball, and the words
// of this app and its organisations. zxcvbn finds them inside longer passwords, with digits,
// capitals and l33t substitutions; each is given with and without diacritics, because many
// people type without them.
const WORDS = `
slaptažodis slaptazodis slaptažodžiai slaptas paslaptis labas labasrytas sveikas sveiki ačiū aciu prašau prasau
lietuva lietuvis lietuvė lietuviai lietuvos tėvynė tevyne laisvė laisve vytis trispalvė
vilnius kaunas klaipėda klaipeda šiauliai siauliai panevėžys panevezys alytus marijampolė marijampole
mažeikiai mazeikiai jonava utena kėdainiai kedainiai telšiai telsiai palanga druskininkai nida trakai
jonas petras antanas tomas mantas lukas matas domantas povilas paulius darius andrius vytautas mindaugas
gediminas kęstutis kestutis algirdas rimantas giedrius tadas marius justas karolis dovydas
ona rasa rūta ruta eglė egle jūratė jurate asta inga lina laura gabija emilija austėja austeja
kotryna ieva greta vaida daiva kristina simona agnė agne aistė aiste rugilė rugile
sausis vasaris kovas balandis gegužė geguze birželis birzelis liepa rugpjūtis rugpjutis rugsėjis rugsejis
spalis lapkritis gruodis pirmadienis antradienis trečiadienis treciadienis ketvirtadienis penktadienis
šeštadienis sestadienis sekmadienis pavasaris vasara ruduo žiema ziema
meilė meile myliu mylimas mylima saulė saule saulute saulutė mėnulis menulis žvaigždė zvaigzde
katė kate katinas šuo suo šuniukas suniukas kiškis kiskis meškiukas meskiukas zuikis
žalgiris zalgiris rytas krepšinis krepsinis futbolas sportas
etalonas savivaldybė savivaldybe administracija būstas bustas vilniausmiestobustas klientas
darbuotojas vadovas vadovybė vadovybe skyrius aptarnavimas standartas auditas vertinimas
administratorius prisijungti prisijungimas naudotojas vartotojas
qwerty ąčęėįšųūž aaaa
`;

export const LITHUANIAN_WORDS: readonly string[] = [...new Set(WORDS.split(/\s+/).filter(Boolean))];
