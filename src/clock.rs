//! The clock: `PREP_NOW` (RFC 3339) freezes it for the whole process; times are shown and
//! stored with the local UTC offset of their moment, dates are local dates in `TZ`. A
//! `PREP_NOW` with a numeric offset (`...T09:00+01:00`) also sets the zone of the run: that
//! offset is the user's for every time shown, stored and grouped into days; with `Z` the
//! system zone (`TZ`) stays.

use jiff::{tz::TimeZone, Timestamp, Zoned};

#[derive(Debug, Clone)]
pub struct Clock {
    frozen: Option<Timestamp>,
    zone: TimeZone,
}

impl Clock {
    /// Reads `PREP_NOW`; a value that is not RFC 3339 is an error naming it.
    pub fn from_env() -> Result<Clock, String> {
        match std::env::var("PREP_NOW") {
            Ok(text) if !text.is_empty() => {
                let frozen = text.parse::<Timestamp>().map_err(|e| {
                    format!("PREP_NOW=`{text}` is not an RFC 3339 time ({e}), e.g. 2026-03-01T09:30:00+01:00")
                })?;
                Ok(Clock {
                    frozen: Some(frozen),
                    zone: given_zone(&text).unwrap_or_else(TimeZone::system),
                })
            }
            _ => Ok(Clock {
                frozen: None,
                zone: TimeZone::system(),
            }),
        }
    }

    pub fn now(&self) -> Zoned {
        let ts = self.frozen.unwrap_or_else(Timestamp::now);
        ts.to_zoned(self.zone.clone())
    }
}

/// The fixed zone of a numeric offset written in `text` (not `Z`, which says UTC without
/// saying where the user is).
fn given_zone(text: &str) -> Option<TimeZone> {
    let trimmed = text.trim();
    if trimmed.ends_with(['Z', 'z']) {
        return None;
    }
    let offset = jiff::fmt::temporal::Pieces::parse(trimmed)
        .ok()?
        .to_numeric_offset()?;
    Some(TimeZone::fixed(offset))
}

/// RFC 3339 with the local offset of that moment.
pub fn rfc3339(z: &Zoned) -> String {
    z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

/// Parses a stored time.
pub fn parse(text: &str) -> Option<Timestamp> {
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_numeric_offset_is_the_zone_of_the_run_and_z_is_not() {
        let plus_one = given_zone("2026-11-28T09:00:00+01:00").unwrap();
        let ts: Timestamp = "2026-11-28T09:00:00+01:00".parse().unwrap();
        assert_eq!(rfc3339(&ts.to_zoned(plus_one)), "2026-11-28T09:00:00+01:00");
        assert!(given_zone("2026-11-28T08:00:00Z").is_none());
        let minus = given_zone("2026-11-28T23:30:00-05:00").unwrap();
        let ts: Timestamp = "2026-11-28T23:30:00-05:00".parse().unwrap();
        assert_eq!(ts.to_zoned(minus).date().to_string(), "2026-11-28");
    }
}
