//! Shared test data: the official I-131, a realistic filling of it (as explicit values
//! and as a plan), and a reader for the text of added sheets.
#![allow(dead_code)]

use std::sync::OnceLock;

use acroform::{Entry, ExtraPage, FieldInfo, FieldValue, Overflow, Place, Plan, Row, fields};

pub const PDF: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../www/forms/i-131-edition-01-20-25.pdf"
));
pub const TSV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/forms/i-131-edition-01-20-25.fields.tsv"
));

pub const PURPOSE: &str = "form1[0].#subform[9].P7_Line2_Purpose[0]";
pub const FAMILY_NAME: &str = "form1[0].P4[0].Part2_Line1_FamilyName[0]";
pub const A_NUMBER: &str = "form1[0].P5[0].#area[0].Part2_Line5_AlienNumber[0]";
pub const ZIP: &str = "form1[0].P5[0].Part2_Line3_ZipCode[0]";
pub const STATE: &str = "form1[0].P5[0].Part2_Line3_State[0]";
pub const FOOTER: &str = "Signature: ______________________________   Date: ______________";

/// The widgets of the untouched form (parsed once per test binary).
pub fn form_fields() -> &'static [FieldInfo] {
    static LIST: OnceLock<Vec<FieldInfo>> = OnceLock::new();
    LIST.get_or_init(|| fields(PDF).expect("the official form parses"))
}

/// The current value of a field in a filled file.
pub fn value_in(list: &[FieldInfo], name: &str) -> Option<String> {
    list.iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no field {name}"))
        .value
        .clone()
}

pub fn text(name: &str, v: &str) -> (String, FieldValue) {
    (name.to_string(), FieldValue::Text(v.to_string()))
}

pub fn check(name: &str) -> (String, FieldValue) {
    (name.to_string(), FieldValue::Check)
}

pub fn choice(name: &str, v: &str) -> (String, FieldValue) {
    (name.to_string(), FieldValue::Choice(v.to_string()))
}

/// About 3,000 characters of free text with accents and paragraphs.
pub fn long_text() -> String {
    spanish_text(3000)
}

/// `chars` characters of Spanish prose with paragraphs (all of it shows in WinAnsi).
pub fn spanish_text(chars: usize) -> String {
    let para = "Mi hija Lucía necesita viajar a Caracas para acompañar a su abuela, que está enferma \
                desde marzo; regresaremos a Los Ángeles en cuanto termine el tratamiento médico. ";
    let mut s = String::new();
    let mut n = 0;
    while s.chars().count() < chars {
        n += 1;
        // Numbered sentences, so a lost or repeated line would show in the read-back.
        s.push_str(&format!("({n}) {para}"));
        if n % 3 == 0 {
            s.push('\n');
        }
    }
    let mut s: String = s.chars().take(chars).collect();
    // No trailing space: a line break eats it, and the read-back compares words.
    while s.ends_with(' ') {
        s.pop();
        s.push('.');
    }
    s
}

pub fn realistic_values() -> Vec<(String, FieldValue)> {
    vec![
        check("form1[0].P3[0].CB_AppType[2]"),
        text(FAMILY_NAME, "Ramírez"),
        text("form1[0].P4[0].Part2_Line1_GivenName[0]", "Lucía"),
        text("form1[0].P4[0].Part2_Line1_MiddleName[0]", "Sofía Ñúñez"),
        text(
            "form1[0].P5[0].Part2_Line3_StreetNumberName[0]",
            "1234 Calle Ñandú Este",
        ),
        check("form1[0].P5[0].Part2_Line3_Unit[1]"),
        text("form1[0].P5[0].Part2_Line3_AptSteFlrNumber[0]", "4B"),
        text("form1[0].P5[0].Part2_Line3_CityTown[0]", "Los Ángeles"),
        choice(STATE, "CA"),
        text(ZIP, "90012"),
        text(A_NUMBER, "012345678"),
        text("form1[0].P5[0].Part2_Line6_CountryOfBirth[0]", "Venezuela"),
        text(
            "form1[0].P5[0].Part2_Line7_CountryOfCitizenshiporNationality[0]",
            "Venezuela",
        ),
        check("form1[0].P5[0].Part2_Line8_Gender[0]"),
        text("form1[0].P5[0].Part2_Line9_DateOfBirth[0]", "03/18/1990"),
        text("form1[0].P5[0].#area[1].Part2_Line10_SSN[0]", "123456789"),
        text(
            "form1[0].P5[0].Part2_Line11_USCISOnlineAcctNumber[0]",
            "987654321012",
        ),
        text("form1[0].P5[0].Part2_Line12_ClassofAdmission[0]", "DT"),
        text("form1[0].P5[0].Part2_Line13_I94RecordNo[0]", "12345678901"),
        text("form1[0].P6[0].Part2_Line14_I94ExpDate[0]", "03/18/2022"),
        text(
            "form1[0].P6[0].ANumber[0].P2_Line23_AlienNumber[0]",
            "012345678",
        ),
        text(
            "form1[0].P6[0].P2_Line22_Email[0]",
            "lucia.ramirez@example.com",
        ),
        choice("form1[0].P7[0].P3_Line3_HeightFeet[0]", "5"),
        choice("form1[0].P7[0].P3_Line3_HeightInches[0]", "4"),
        text("form1[0].P7[0].P3_Line4_Pound1[0]", "1"),
        text("form1[0].P7[0].P3_Line4_Pound2[0]", "3"),
        text("form1[0].P7[0].P3_Line4_Pound3[0]", "5"),
        check("form1[0].P7[0].P3_Line5_EyeColor[0]"),
        check("form1[0].P7[0].P3_Line6_HairColor[8]"),
        check("form1[0].P7[0].P3_Line2_Race_White[0]"),
        text(
            "form1[0].#subform[9].P7_Line1_DateOfDeparture[0]",
            "12/01/2025",
        ),
        text(PURPOSE, &long_text()),
        text(
            "form1[0].#subform[9].P7_Line3_ListCountries[0]",
            "Venezuela (Caracas, Maracaibo), Colombia (Bogotá, tránsito), Panamá (escala técnica de 6 horas). \
             Regreso previsto por Miami; la familia viaja junta y todos los pasaportes están vigentes hasta 2030.",
        ),
        text("form1[0].#subform[13].Part2_Line1_FamilyName[0]", "Ramírez"),
        text("form1[0].#subform[13].Part2_Line1_GivenName[0]", "Lucía"),
        text(
            "form1[0].#subform[13].Global_ANumber[0].Part2_Line5_AlienNumber[0]",
            "012345678",
        ),
        text("form1[0].#subform[13].Part13_Line3_PageNumber[0]", "10"),
        text("form1[0].#subform[13].Part13_Line3_PartNumber[0]", "7"),
        text("form1[0].#subform[13].Part13_Line3_ItemNumber[0]", "2"),
        text(
            "form1[0].#subform[13].Part13_Line3_AdditionalInfo[0]",
            "Continuación de la Parte 7, punto 2: ver la hoja adicional al final de este formulario.",
        ),
    ]
}

pub fn extra_pages() -> Vec<ExtraPage> {
    vec![
        ExtraPage {
            heading: vec![
                "Lucía Sofía Ramírez    A-Number: A-012345678".into(),
                "Page 10, Part 7, Item Number 2 (Purpose of trip)".into(),
            ],
            body: format!("{}\n\n{}", long_text(), long_text()),
            footer: vec![FOOTER.into()],
        },
        ExtraPage {
            heading: vec![
                "Lucía Sofía Ramírez    A-Number: A-012345678".into(),
                "Page 10, Part 7, Item Number 3".into(),
            ],
            body: "Países que visitaremos: Venezuela y Colombia. Señal de fin: ÚLTIMA LÍNEA."
                .into(),
            footer: Vec::new(),
        },
    ]
}

/// The full name of a box of Part 13 (page 14), e.g. `p13("Line3_PageNumber")`.
pub fn p13(name: &str) -> String {
    format!("form1[0].#subform[13].Part13_{name}[0]")
}

/// The I-131's five continuation rows, Part 13 Items 3-7.
pub fn part13_rows() -> Vec<Row> {
    (3..=7)
        .map(|n| Row {
            page: p13(&format!("Line{n}_PageNumber")),
            part: p13(&format!("Line{n}_PartNumber")),
            item: p13(&format!("Line{n}_ItemNumber")),
            text: p13(&format!("Line{n}_AdditionalInfo")),
        })
        .collect()
}

pub fn overflow() -> Overflow {
    Overflow {
        rows: part13_rows(),
        moved_note: "See Part 13.".into(),
        sheet_note: "Continued on an added sheet: Page {page}, Part {part}, Item {item}.".into(),
        sheet_heading: vec!["Lucía Sofía Ramírez    A-Number: A-012345678".into()],
        sheet_footer: vec![FOOTER.into()],
    }
}

/// The realistic values as a plan: check boxes by state name, the free-text answers
/// with their place on the form (the purpose is too long for its box and moves).
pub fn realistic_plan() -> Plan {
    let mut entries = Vec::new();
    for (name, value) in realistic_values() {
        // The plan leaves Part 13 to the overflow.
        if name.contains("Part13_") {
            continue;
        }
        let entry = match value {
            FieldValue::Check => {
                let state = form_fields()
                    .iter()
                    .find(|f| f.name == name)
                    .and_then(|f| f.on_state.clone())
                    .expect("a check box with an on-state");
                Entry::new(&name, &state, None)
            }
            FieldValue::Choice(v) => Entry::new(&name, &v, None),
            FieldValue::Text(t) if name == PURPOSE => {
                Entry::new(&name, &t, Some(Place::new("", "7", "2")))
            }
            FieldValue::Text(t) if name.ends_with("P7_Line3_ListCountries[0]") => {
                Entry::new(&name, &t, Some(Place::new("", "7", "3")))
            }
            FieldValue::Text(t) => Entry::new(&name, &t, None),
        };
        entries.push(entry);
    }
    Plan {
        entries,
        overflow: overflow(),
    }
}

/// One physical page of an added sheet, read back from its content stream.
#[derive(Debug, Default)]
pub struct SheetPage {
    /// Heading lines (bold), body lines and footer lines, in drawing order.
    pub heading: Vec<String>,
    pub body: Vec<String>,
    pub footer: Vec<String>,
}

/// The added sheets' pages in `filled` (their content streams are the update's only
/// streams drawing with the resource names `F1`/`F2`), in page order.
pub fn sheet_pages(filled: &[u8]) -> Vec<SheetPage> {
    let mut pages = Vec::new();
    let mut rest = filled.get(PDF.len()..).unwrap_or(&[]);
    while let Some(start) = find(rest, b"stream\n") {
        let data = &rest[start + 7..];
        let end = find(data, b"endstream").expect("a stream ends");
        let stream = &data[..end];
        rest = &data[end + b"endstream".len()..];
        if find(stream, b"/F1 10 Tf").is_none() && find(stream, b"/F2 11 Tf").is_none() {
            continue;
        }
        let mut page = SheetPage::default();
        // The footer is drawn after its rule: the second text block after the body's.
        let mut text_blocks = 0;
        let mut bold = false;
        let mut i = 0;
        while i < stream.len() {
            if stream[i..].starts_with(b"BT\n") {
                text_blocks += 1;
            } else if stream[i..].starts_with(b"/F2 ") {
                bold = true;
            } else if stream[i..].starts_with(b"/F1 ") {
                bold = false;
            } else if stream[i] == b'(' {
                let (text, next) = literal(stream, i);
                i = next;
                match (bold, text_blocks) {
                    (true, _) => page.heading.push(text),
                    (false, 1 | 2) => page.body.push(text),
                    _ => page.footer.push(text),
                }
                continue;
            }
            i += 1;
        }
        pages.push(page);
    }
    pages
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Reads the literal string starting at `at` (an opening parenthesis): its text
/// (bytes as Latin-1, which WinAnsi equals for the letters these tests use) and the
/// position after it.
fn literal(s: &[u8], at: usize) -> (String, usize) {
    let mut out = String::new();
    let mut i = at + 1;
    while i < s.len() {
        match s[i] {
            b')' => return (out, i + 1),
            b'\\' => {
                let octal: Vec<u8> = s[i + 1..]
                    .iter()
                    .take(3)
                    .take_while(|b| (b'0'..=b'7').contains(b))
                    .copied()
                    .collect();
                if octal.is_empty() {
                    out.push(char::from(s[i + 1]));
                    i += 2;
                } else {
                    let code = u8::from_str_radix(std::str::from_utf8(&octal).unwrap(), 8).unwrap();
                    out.push(char::from(code));
                    i += 1 + octal.len();
                }
            }
            b => {
                out.push(char::from(b));
                i += 1;
            }
        }
    }
    panic!("unterminated string")
}
