//! The clock: `PREP_NOW` (RFC 3339) freezes it for the whole process; times are shown and
//! stored with the local UTC offset of their moment, dates are local dates in `TZ`.

use jiff::{tz::TimeZone, Timestamp, Zoned};

#[derive(Debug, Clone)]
pub struct Clock {
    frozen: Option<Timestamp>,
}

impl Clock {
    /// Reads `PREP_NOW`; a value that is not RFC 3339 is an error naming it.
    pub fn from_env() -> Result<Clock, String> {
        match std::env::var("PREP_NOW") {
            Ok(text) if !text.is_empty() => text
                .parse::<Timestamp>()
                .map(|t| Clock { frozen: Some(t) })
                .map_err(|e| format!("PREP_NOW=`{text}` is not an RFC 3339 time ({e}), e.g. 2026-03-01T09:30:00+01:00")),
            _ => Ok(Clock { frozen: None }),
        }
    }

    pub fn now(&self) -> Zoned {
        let ts = self.frozen.unwrap_or_else(Timestamp::now);
        ts.to_zoned(TimeZone::system())
    }
}

/// RFC 3339 with the local offset of that moment.
pub fn rfc3339(z: &Zoned) -> String {
    z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

/// Parses a stored time.
pub fn parse(text: &str) -> Option<Timestamp> {
    text.parse().ok()
}
