//! Which orders (and returns) changed in this process, for the open live
//! pages (`tracking::live`): a broadcast of their numbers.

use tokio::sync::broadcast;

/// Order numbers that changed, for open event streams.
pub struct Live {
    sender: broadcast::Sender<String>,
}

impl Default for Live {
    fn default() -> Self {
        Live { sender: broadcast::channel(256).0 }
    }
}

impl Live {
    /// The order changed: wake its open pages.
    pub fn changed(&self, number: &str) {
        let _ = self.sender.send(number.to_string());
    }

    pub fn subscribe(&self) -> broadcast::Receiver<String> {
        self.sender.subscribe()
    }
}
