//! The fees that apply to a parole request on its filing date, as dated data.
//!
//! ```
//! use parole_helper::date::ymd;
//! use parole_helper::fees::applying;
//! use parole_helper::form::ParoleRequest;
//!
//! let form: ParoleRequest = serde_json::from_str(
//!     r#"{"application":{"paroleType":"reparole"},"workPermit":true}"#).unwrap();
//! let amounts: Vec<u32> = applying(&form, ymd(2026, 11, 27)).iter().map(|f| f.amount_usd).collect();
//! assert_eq!(amounts, [630, 280, 1000]); // I-131 on paper, work permit (Part 9), parole fee on approval
//! ```
//!
//! Amounts and dates come from `shared/domain.md` §9; each fee is a rule of the pack
//! ([`crate::check::pack`]) with its source and the dates it holds. None of them is official:
//! check the current fee schedule (Form G-1055) before paying.

use chrono::NaiveDate;
use serde::Serialize;

use crate::check::pack::Code;
use crate::form::{FilingMethod, ParoleRequest, ParoleType, ReasonCategory};

/// When a fee is paid.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Payment {
    /// With the form.
    WithFiling,
    /// When USCIS approves (conditionally) the request.
    OnApproval,
}

/// One fee of the table.
#[derive(Debug)]
pub struct Fee {
    /// The rule that sets it (source and dates).
    pub code: Code,
    /// The form it is paid with.
    pub form: &'static str,
    /// Amount in US dollars (on paper, where paper and online differ).
    pub amount_usd: u32,
    /// Amount online, where different.
    pub online_usd: Option<u32>,
    /// When it is paid.
    pub payment: Payment,
    /// Whether a fee waiver (Form I-912) can cover it.
    pub waivable: bool,
}

/// The fee table.
pub static FEES: [Fee; 4] = [
    Fee { code: Code::FeeI131, form: "I-131", amount_usd: 630, online_usd: Some(580), payment: Payment::WithFiling, waivable: true },
    Fee { code: Code::FeeWorkPermitHr1, form: "I-131 Part 9", amount_usd: 275, online_usd: None, payment: Payment::WithFiling, waivable: false },
    Fee { code: Code::FeeWorkPermit2026, form: "I-131 Part 9", amount_usd: 280, online_usd: None, payment: Payment::WithFiling, waivable: false },
    Fee { code: Code::FeeParole, form: "Parole fee", amount_usd: 1000, online_usd: None, payment: Payment::OnApproval, waivable: false },
];

/// A fee that applies, with the facts its text needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeeLine {
    /// The rule that sets it.
    pub code: Code,
    /// The form it is paid with.
    pub form: &'static str,
    /// Amount in US dollars, for the chosen filing method.
    pub amount_usd: u32,
    /// When it is paid.
    pub payment: Payment,
    /// Whether a fee waiver can cover it.
    pub waivable: bool,
    /// The amount is the online one.
    pub online: bool,
    /// The request is on medical grounds and says it is a life-threatening emergency (the parole
    /// fee may be waived).
    pub maybe_exempt: bool,
}

/// The fees that apply to `form` if filed on `filed_on`.
pub fn applying(form: &ParoleRequest, filed_on: NaiveDate) -> Vec<FeeLine> {
    let online = form.application.filing_method == Some(FilingMethod::Online);
    let reparole = form.application.parole_type == Some(ParoleType::Reparole);
    let emergency = form.reason.category == Some(ReasonCategory::Medical) && form.reason.life_threatening_emergency == Some(true);
    FEES.iter()
        .filter(|fee| fee.code.rule().holds_on(filed_on))
        .filter(|fee| match fee.code {
            Code::FeeWorkPermitHr1 | Code::FeeWorkPermit2026 => reparole && form.work_permit == Some(true),
            _ => true,
        })
        .map(|fee| FeeLine {
            code: fee.code,
            form: fee.form,
            amount_usd: if online { fee.online_usd.unwrap_or(fee.amount_usd) } else { fee.amount_usd },
            payment: fee.payment,
            waivable: fee.waivable,
            online: online && fee.online_usd.is_some(),
            maybe_exempt: fee.code == Code::FeeParole && emergency,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::ymd;

    fn form(json: &str) -> ParoleRequest {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn fees_follow_the_filing_date() {
        let f = form(r#"{"application":{"paroleType":"reparole"},"workPermit":true}"#);
        let on = |d| applying(&f, d).iter().map(|l| (l.code, l.amount_usd)).collect::<Vec<_>>();
        assert_eq!(on(ymd(2024, 3, 31)), []);
        assert_eq!(on(ymd(2024, 4, 1)), [(Code::FeeI131, 630)]);
        assert_eq!(on(ymd(2025, 7, 22)), [(Code::FeeI131, 630), (Code::FeeWorkPermitHr1, 275)]);
        assert_eq!(on(ymd(2025, 10, 16)), [(Code::FeeI131, 630), (Code::FeeWorkPermitHr1, 275), (Code::FeeParole, 1000)]);
        assert_eq!(on(ymd(2026, 1, 1)), [(Code::FeeI131, 630), (Code::FeeWorkPermit2026, 280), (Code::FeeParole, 1000)]);
    }

    #[test]
    fn online_filing_and_emergencies() {
        let f = form(r#"{"application":{"filingMethod":"online"},"reason":{"category":"medical","lifeThreateningEmergency":true}}"#);
        let lines = applying(&f, ymd(2026, 11, 27));
        assert_eq!(lines[0].amount_usd, 580);
        assert!(lines.iter().any(|l| l.code == Code::FeeParole && l.maybe_exempt));
        assert!(lines.iter().all(|l| l.code != Code::FeeWorkPermit2026), "no Part 9 fee without Part 9");
    }
}
